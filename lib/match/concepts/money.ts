import type { Concept } from './types';

/** Prices, discounts, coupons, payment, invoices. */
export const MONEY_CONCEPTS: Concept[] = [
  {
    id: 'price',
    terms: {
      zh: ['价格', '价钱', '多少钱', '几块钱', '单价', '太贵', '便宜'],
      en: ['price', 'prices', 'priced', 'pricing', 'how much', 'cost', 'costs', 'expensive', 'cheap', 'cheaper'],
      es: ['precio', 'precios', 'cuánto cuesta', 'cuanto vale', 'cuesta', 'cuestan', 'caro', 'barato', 'costo'],
      pt: ['preço', 'preços', 'quanto custa', 'quanto é', 'custa', 'custam', 'caro', 'barato', 'valor'],
      fr: ['prix', 'combien ça coûte', 'combien coûte', 'coûte', 'coûtent', 'trop cher', 'trop chère', 'c est cher', 'tarif', 'tarifs'],
      de: ['preis', 'preise', 'kostet', 'kosten', 'teuer', 'billig', 'günstig', 'wie viel kostet'],
      ja: ['値段', '価格', 'いくら', '金額', '高すぎ'],
      ko: ['가격', '얼마예요', '얼마에요', '얼마인가요', '얼마죠', '비싸', '금액'],
    },
  },
  {
    id: 'discount',
    terms: {
      zh: ['折扣', '打折', '优惠', '便宜点', '便宜一点', '便宜些', '减价', '降价', '有活动', '满减', '促销'],
      en: ['discount', 'discounts', 'discounted', 'sale', 'deal', 'deals', 'promotion', 'promotions', 'percent off', 'better price', 'lower the price', 'best price'],
      es: ['descuento', 'descuentos', 'rebaja', 'rebajas', 'oferta', 'ofertas', 'promoción', 'promociones', 'más barato'],
      pt: ['desconto', 'descontos', 'promoção', 'promoções', 'oferta', 'ofertas', 'liquidação', 'mais barato'],
      fr: ['réduction', 'réductions', 'remise', 'promo', 'promotion', 'promotions', 'soldes', 'moins cher', 'rabais'],
      de: ['rabatt', 'rabatte', 'reduziert', 'angebot', 'angebote', 'preisnachlass', 'nachlass', 'günstiger', 'sale', 'aktion'],
      ja: ['割引', 'セール', '値引き', '安く', '値下げ'],
      ko: ['할인', '세일', '깎아', '에누리', '특가'],
    },
  },
  {
    id: 'coupon',
    terms: {
      zh: ['优惠券', '优惠码', '折扣码', '代金券', '红包', '券码', '领券'],
      en: ['coupon', 'coupons', 'voucher', 'vouchers', 'promo code', 'promo codes', 'discount code', 'discount codes', 'gift card'],
      es: ['cupón', 'cupones', 'código de descuento', 'código promocional', 'código promo', 'tarjeta de regalo'],
      pt: ['cupom', 'cupons', 'cupão', 'código promocional', 'código de desconto', 'vale desconto', 'voucher', 'vale presente'],
      fr: ['code promo', 'codes promo', 'bon de réduction', 'coupon', 'coupons', 'code de réduction', 'carte cadeau', 'bon d achat'],
      de: ['gutschein', 'gutscheine', 'gutscheincode', 'rabattcode', 'coupon', 'aktionscode', 'geschenkkarte'],
      ja: ['クーポン', '割引コード', 'プロモコード', 'ギフトカード', 'ギフト券'],
      ko: ['쿠폰', '할인코드', '할인 코드', '프로모션 코드', '상품권'],
    },
  },
  {
    id: 'payment',
    terms: {
      zh: ['付款', '支付', '付钱', '付不了', '信用卡', '银行卡', '付了款', '扣款', '扣钱', '结账'],
      en: ['pay', 'paid', 'paying', 'payment', 'payments', 'card', 'credit card', 'debit card', 'paypal', 'checkout', 'declined', 'charged'],
      es: ['pago', 'pagos', 'pagar', 'pagué', 'pagado', 'tarjeta', 'tarjetas', 'paypal', 'cobro', 'cobraron'],
      pt: ['pagamento', 'pagamentos', 'pagar', 'paguei', 'pago', 'cartão', 'pix', 'boleto', 'paypal', 'cobrança', 'cobraram'],
      fr: ['paiement', 'paiements', 'payer', 'payé', 'payée', 'carte bancaire', 'carte bleue', 'paypal', 'prélevé', 'débité'],
      de: ['zahlung*', 'bezahl*', 'zahlen', 'gezahlt', 'kreditkarte', 'paypal', 'abgebucht'],
      ja: ['支払', 'お支払い', '決済', '払い', 'クレジットカード', 'カード', '引き落とし'],
      ko: ['결제', '지불', '카드', '입금', '계좌이체'],
    },
  },
  {
    id: 'invoice',
    terms: {
      zh: ['发票', '收据', '开票', '专票', '普票', '电子发票'],
      en: ['invoice', 'invoices', 'receipt', 'receipts', 'vat', 'proof of purchase'],
      es: ['factura', 'facturas', 'facturar', 'facturación', 'recibos', 'comprobante', 'boleta', 'ticket de compra'],
      pt: ['nota fiscal', 'fatura', 'faturas', 'recibo de compra', 'comprovante'],
      fr: ['facture', 'factures', 'justificatif', 'ticket de caisse'],
      de: ['rechnung', 'rechnungen', 'quittung', 'beleg', 'kassenbon', 'mehrwertsteuer'],
      ja: ['領収書', '請求書', '明細書', 'インボイス', '納品書'],
      ko: ['영수증', '세금계산서', '계산서', '인보이스', '현금영수증'],
    },
  },
];
