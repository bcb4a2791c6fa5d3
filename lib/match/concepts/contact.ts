import type { Concept } from './types';

/** Reaching a person. */
export const CONTACT_CONCEPTS: Concept[] = [
  {
    id: 'human_agent',
    terms: {
      zh: ['人工', '真人', '转人工', '活人'],
      en: ['human', 'real person', 'agent', 'customer service', 'talk to someone', 'speak to someone', 'representative'],
      es: ['persona real', 'agente', 'atención al cliente', 'hablar con alguien', 'asesor'],
      pt: ['atendente', 'atendimento', 'falar com alguém', 'pessoa real', 'humano'],
      fr: ['conseiller', 'service client', 'parler à quelqu un', 'vraie personne', 'humain'],
      de: ['kundenservice', 'kundendienst', 'mitarbeiter', 'echten menschen', 'mensch'],
      ja: ['オペレーター', '担当者', 'カスタマーサービス', '人と話'],
      ko: ['상담원', '상담사', '고객센터', '직원', '사람이랑 얘기'],
    },
  },
];
