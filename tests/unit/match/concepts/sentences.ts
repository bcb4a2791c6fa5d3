import type { ConceptLanguage } from '../../../../lib/match/concepts';

/**
 * One natural buyer sentence per concept and language; each must be found as mentioning its
 * concept through a term of its own language. Written as buyers write (not copied from the term
 * lists), so a failure here means a missing inflection or phrasing.
 */
export const CONCEPT_SENTENCES: Record<string, Record<ConceptLanguage, string>> = {
  order: {
    zh: '我昨天下单了，订单号是多少？', en: 'I placed an order yesterday', es: 'Hice un pedido ayer', pt: 'Fiz um pedido ontem',
    fr: "J'ai passé une commande hier", de: 'Ich habe gestern etwas bestellt', ja: '昨日注文しました', ko: '어제 주문했어요',
  },
  parcel: {
    zh: '包裹放在门口了吗', en: 'Is the package at the post office?', es: 'El paquete venía abierto', pt: 'O pacote está no correio?',
    fr: 'Mon colis est au point relais ?', de: 'Das Paket liegt bei der Post', ja: '荷物はポストに入っていますか', ko: '택배 문 앞에 두셨나요?',
  },
  delivery: {
    zh: '今天能发货吗', en: 'Can you ship it today?', es: '¿Hacen envíos a Chile?', pt: 'Vocês fazem entrega no sábado?',
    fr: 'Vous livrez en Belgique ?', de: 'Liefern Sie auch nach Österreich?', ja: '明日届きますか', ko: '배송 주말에도 하나요?',
  },
  tracking: {
    zh: '物流一直没更新', en: 'Can you send me the tracking number?', es: 'No funciona el número de seguimiento', pt: 'Me passa o código de rastreio?',
    fr: 'Le suivi ne bouge plus', de: 'Die Sendungsverfolgung zeigt nichts an', ja: '追跡番号を教えてください', ko: '송장번호 좀 알려주세요',
  },
  duration: {
    zh: '大概要多久', en: 'How long will it take?', es: '¿Cuánto tiempo tarda?', pt: 'Quantos dias leva?',
    fr: 'Il faut combien de temps ?', de: 'Wie lange dauert das?', ja: '何日かかりますか', ko: '며칠 걸려요?',
  },
  delay: {
    zh: '怎么延迟了这么久', en: 'My order is delayed again', es: 'El pedido viene con retraso', pt: 'Meu pedido está atrasado',
    fr: 'Ma commande a du retard', de: 'Warum ist die Lieferung verspätet?', ja: '配送が遅れていますか', ko: '배송이 지연되고 있어요',
  },
  not_received: {
    zh: '我还没收到东西', en: "I still haven't received it", es: 'Todavía no he recibido nada', pt: 'Ainda não recebi o meu',
    fr: "Je n'ai toujours pas reçu le colis", de: 'Ich habe das Paket nicht erhalten', ja: 'まだ届いていません', ko: '아직 못 받았어요',
  },
  shipping_cost: {
    zh: '这个包邮吗', en: 'Is shipping free over $50?', es: '¿Cuánto son los gastos de envío?', pt: 'Qual o valor do frete?',
    fr: 'Les frais de port sont offerts ?', de: 'Wie hoch sind die Versandkosten?', ja: '送料無料ですか', ko: '배송비 얼마예요?',
  },
  address: {
    zh: '收货地址写错了', en: 'Is my address correct?', es: 'Mi dirección es Calle Mayor 5', pt: 'Meu endereço mudou',
    fr: 'Voici mon adresse complète', de: 'Meine Adresse ist Hauptstraße 3', ja: '住所を確認してください', ko: '주소 확인 부탁드려요',
  },
  change: {
    zh: '能修改一下吗', en: 'Can I change it?', es: '¿Lo puedo modificar?', pt: 'Dá pra alterar?',
    fr: 'Est-ce que je peux le modifier ?', de: 'Kann ich das noch ändern?', ja: '変更できますか', ko: '변경 가능할까요?',
  },
  refund: {
    zh: '什么时候退款', en: 'I want a refund', es: 'Quiero que me reembolsen', pt: 'Quero o reembolso',
    fr: 'Je veux être remboursée', de: 'Ich möchte eine Rückerstattung', ja: '返金してください', ko: '환불해 주세요',
  },
  return: {
    zh: '我想退货', en: 'Can I return it?', es: '¿Puedo devolverlo?', pt: 'Posso devolver?',
    fr: 'Je peux le retourner ?', de: 'Kann ich es zurückschicken?', ja: '返品できますか', ko: '반품 되나요?',
  },
  exchange: {
    zh: '可以换货吗', en: 'Can I exchange it?', es: '¿Lo puedo cambiar por otro?', pt: 'Posso trocar?',
    fr: 'Je voudrais un échange', de: 'Kann ich das umtauschen?', ja: '交換できますか', ko: '교환 되나요?',
  },
  cancel: {
    zh: '请帮我取消', en: 'Please cancel it', es: 'Quiero cancelarlo', pt: 'Quero cancelar',
    fr: 'Je veux annuler', de: 'Bitte stornieren', ja: 'キャンセルお願いします', ko: '취소해 주세요',
  },
  damage: {
    zh: '杯子碎了', en: 'It arrived broken', es: 'Llegó roto', pt: 'Chegou quebrado',
    fr: 'Il est arrivé cassé', de: 'Es kam kaputt an', ja: '割れていました', ko: '깨져서 왔어요',
  },
  defect: {
    zh: '质量太差了', en: "It's defective", es: 'Tiene un defecto', pt: 'Veio com defeito',
    fr: "Il est défectueux", de: 'Das Gerät ist defekt', ja: '初期不良です', ko: '불량이에요',
  },
  wrong_item: {
    zh: '你们发错了', en: 'I got the wrong item', es: 'Me llegó un producto equivocado', pt: 'Veio o produto errado',
    fr: "J'ai reçu le mauvais article", de: 'Ich habe einen falschen Artikel bekommen', ja: '違う商品が届きました', ko: '다른 상품이 왔어요',
  },
  warranty: {
    zh: '有保修吗', en: 'Does it have a warranty?', es: '¿Tiene garantía?', pt: 'Tem garantia?',
    fr: 'Il est sous garantie ?', de: 'Gibt es Garantie?', ja: '保証はありますか', ko: '보증 되나요?',
  },
  price: {
    zh: '这个多少钱', en: "What's the price?", es: '¿Qué precio tiene?', pt: 'Qual é o preço?',
    fr: 'Quel est le prix ?', de: 'Was ist der Preis?', ja: 'いくらですか', ko: '가격이 어떻게 돼요?',
  },
  discount: {
    zh: '有折扣吗', en: 'Any discount?', es: '¿Hay descuento?', pt: 'Tem desconto?',
    fr: 'Il y a une réduction ?', de: 'Gibt es Rabatt?', ja: '割引ありますか', ko: '할인 있나요?',
  },
  coupon: {
    zh: '怎么领优惠券', en: 'Where do I enter the coupon?', es: '¿Dónde pongo el cupón?', pt: 'Onde coloco o cupom?',
    fr: 'Où mettre le code promo ?', de: 'Wo gebe ich den Gutschein ein?', ja: 'クーポンはどこで使えますか', ko: '쿠폰 어디서 써요?',
  },
  payment: {
    zh: '支付不了', en: 'The payment did not go through', es: 'No puedo pagar', pt: 'Não consigo pagar',
    fr: 'Je ne peux pas payer', de: 'Ich kann nicht bezahlen', ja: '支払いができません', ko: '결제가 안 돼요',
  },
  invoice: {
    zh: '能开发票吗', en: 'Please send the invoice', es: '¿Me mandan la factura?', pt: 'Pode mandar a nota fiscal?',
    fr: 'Envoyez-moi la facture', de: 'Bitte schicken Sie die Rechnung', ja: '領収書をください', ko: '영수증 보내주세요',
  },
  size: {
    zh: '尺码偏大吗', en: 'What size should I take?', es: '¿Qué talla me pongo?', pt: 'Que tamanho devo pedir?',
    fr: 'Quelle taille prendre ?', de: 'Welche Größe soll ich nehmen?', ja: 'サイズはどれがいいですか', ko: '사이즈 추천해 주세요',
  },
  colour: {
    zh: '有白色的吗', en: 'Do you have it in black?', es: '¿Lo tienen en negro?', pt: 'Tem na cor preta?',
    fr: 'Vous l’avez en noir ?', de: 'Gibt es das in Schwarz?', ja: 'ブラックはありますか', ko: '블랙 있어요?',
  },
  stock: {
    zh: '现在有现货吗', en: 'Is it in stock?', es: '¿Está agotado?', pt: 'Está esgotado?',
    fr: 'Il est en stock ?', de: 'Ist das auf Lager?', ja: '在庫ありますか', ko: '재고 있나요?',
  },
  material: {
    zh: '这是什么面料', en: 'What material is it?', es: '¿De qué material es?', pt: 'Qual é o tecido?',
    fr: "C'est quelle matière ?", de: 'Aus welchem Material ist das?', ja: '素材は何ですか', ko: '소재가 뭐예요?',
  },
  authenticity: {
    zh: '是正品吗', en: 'Is it genuine?', es: '¿Es original?', pt: 'É original?',
    fr: "C'est authentique ?", de: 'Ist das Original?', ja: '本物ですか', ko: '정품인가요?',
  },
  instructions: {
    zh: '有说明书吗', en: 'Is there a manual?', es: '¿Trae instrucciones?', pt: 'Vem com manual?',
    fr: "Il y a une notice ?", de: 'Gibt es eine Anleitung?', ja: '説明書はありますか', ko: '설명서 있나요?',
  },
  photo: {
    zh: '能发个实拍图吗', en: 'Can you send a photo?', es: '¿Me mandas una foto?', pt: 'Manda uma foto?',
    fr: 'Vous pouvez envoyer une photo ?', de: 'Können Sie ein Foto schicken?', ja: '写真を送ってもらえますか', ko: '사진 보내주실 수 있나요?',
  },
  packaging: {
    zh: '包装好一点', en: 'Is the packaging plastic free?', es: '¿Viene en caja?', pt: 'Vem na caixa?',
    fr: "L'emballage est recyclable ?", de: 'Ist die Verpackung recycelbar?', ja: '梱包は丁寧にお願いします', ko: '포장 꼼꼼하게 해주세요',
  },
  gift: {
    zh: '这是送人的礼物', en: "It's a gift", es: 'Es un regalo', pt: 'É um presente',
    fr: "C'est un cadeau", de: 'Es ist ein Geschenk', ja: 'プレゼント用です', ko: '선물이에요',
  },
  human_agent: {
    zh: '转人工', en: 'Can I talk to a human?', es: 'Quiero hablar con un agente', pt: 'Quero falar com um atendente',
    fr: 'Je veux parler à un conseiller', de: 'Ich möchte mit einem Mitarbeiter sprechen', ja: 'オペレーターと話したい', ko: '상담원 연결해 주세요',
  },
};

/** Sentences of no shop concept at all: none may fire. */
export const NEUTRAL_SENTENCES: Record<ConceptLanguage, string[]> = {
  zh: ['你好', '谢谢你', '今天天气不错', '好的，明白了', '我在上班', '号码是多少', '我们换个话题吧'],
  en: ['hello there', 'thank you so much', 'the weather is nice today', 'ok got it', 'in order to be clear, I am at work', 'our team is not available today'],
  es: ['hola', 'muchas gracias', 'hace buen tiempo hoy', 'vale, entendido', 'estoy en el trabajo', 'no recibo llamadas'],
  pt: ['olá', 'muito obrigado', 'o tempo está bom hoje', 'beleza, entendi', 'estou no trabalho'],
  fr: ['bonjour', 'merci beaucoup', 'il fait beau aujourd’hui', "d'accord, compris", 'je suis au travail', 'cher vendeur, bonne journée', 'voici une copie du document'],
  de: ['hallo', 'vielen dank', 'das wetter ist heute schön', 'ok, verstanden', 'ich bin bei der arbeit', 'ich weiß es nicht'],
  ja: ['こんにちは', 'ありがとうございます', '今日はいい天気ですね', 'わかりました', '仕事中です', '面白いですね'],
  ko: ['안녕하세요', '감사합니다', '오늘 날씨 좋네요', '네 알겠어요', '지금 회사예요', '검색해 볼게요', '입고 다니기 편해요', '다른 상품도 구경할게요', '같이 하자'],
};
