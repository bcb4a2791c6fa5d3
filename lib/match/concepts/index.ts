export { CONCEPTS, CONCEPT_BLOCKERS } from './data';
export { CONCEPT_LANGUAGES, type Concept, type ConceptLanguage } from './types';
export { ConceptIndex, conceptIndex, conceptText, conceptsOf, type ConceptHit } from './lookup';
