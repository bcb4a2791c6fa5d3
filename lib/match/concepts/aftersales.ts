import type { Concept } from './types';

/** Refunds, returns, exchanges, cancellations, damage, defects, wrong items, warranty. */
export const AFTERSALES_CONCEPTS: Concept[] = [
  {
    id: 'refund',
    terms: {
      zh: ['退款', '退钱', '退费', '钱退', '返款', '退回款', '到账'],
      en: ['refund*', 'money back', 'reimburse*', 'my money'],
      es: ['reembols*', 'devolución del dinero', 'devolucion de mi dinero', 'mi dinero', 'devuelvan el dinero', 'devolver el dinero'],
      pt: ['reembols*', 'estorno', 'estornar', 'estornado', 'estornada', 'dinheiro de volta', 'meu dinheiro', 'devolução do dinheiro'],
      fr: ['rembours*', 'mon argent', 'argent rendu'],
      de: ['rückerstattung', 'erstattung', 'erstatten', 'erstattet', 'zurückerstattet', 'zurückerstatten', 'geld zurück', 'mein geld', 'rückzahlung'],
      ja: ['返金', '払い戻し', '返金額'],
      ko: ['환불', '환급'],
    },
  },
  {
    id: 'return',
    terms: {
      zh: ['退货', '退回', '寄回', '退换', '退掉', '寄回去', '退了'],
      en: ['return*', 'send it back', 'send this back', 'send them back', 'sending it back', 'ship it back', 'send back', 'sent it back', 'sent back'],
      es: ['devolver', 'devolverlo', 'devolverla', 'devolución', 'devoluciones', 'devolví', 'devuelvo', 'devuelto', 'devuelta', 'regresar el producto'],
      pt: ['devolver', 'devolvê-lo', 'devolução', 'devoluções', 'devolvi', 'devolvido', 'devolvo', 'mandar de volta'],
      fr: ['retour', 'retours', 'retourner', 'retourné', 'retournée', 'renvoyer', 'renvoyé', 'renvoi'],
      de: ['rücksendung', 'zurückschicken', 'zurücksenden', 'zurückgeschickt', 'zurückgesendet', 'retoure', 'retournieren', 'zurückgeben', 'rückgabe'],
      ja: ['返品', '返送', '送り返'],
      ko: ['반품', '반송', '돌려보내'],
    },
  },
  {
    id: 'exchange',
    terms: {
      zh: ['换货', '调换', '换一个', '换一件', '换大', '换小', '换码', '换颜色'],
      en: ['exchange*', 'swap', 'swapped', 'swapping', 'replacement', 'replace it', 'replace this'],
      es: ['cambiarlo por', 'cambiarla por', 'cambiar por', 'cambio de talla', 'cambio de color', 'hacer un cambio', 'canjear', 'reemplazo', 'reemplazar'],
      pt: ['trocar', 'troca', 'trocas', 'troquei', 'trocado', 'substituição', 'substituir'],
      fr: ['échang*', 'remplacement', 'remplacer'],
      de: ['umtausch*', 'tauschen', 'getauscht', 'austausch*', 'ersatz'],
      ja: ['交換', '取り替え', '取り換え', '取替'],
      ko: ['교환', '교체'],
    },
  },
  {
    id: 'cancel',
    terms: {
      zh: ['取消', '撤销订单', '不要了'],
      en: ['cancel*', 'call off'],
      es: ['cancel*', 'anular', 'anulación', 'anulen'],
      pt: ['cancel*', 'anular'],
      fr: ['annul*', 'décommander', 'décommandé'],
      de: ['stornier*', 'storno', 'abbestellen', 'abbestellt'],
      ja: ['キャンセル', '取り消し', '取消'],
      ko: ['취소', '철회'],
    },
  },
  {
    id: 'damage',
    terms: {
      zh: ['坏了', '破损', '损坏', '碎了', '裂了', '压坏', '摔坏', '破了', '烂了', '摔碎', '压扁'],
      en: ['damage*', 'broken', 'broke', 'cracked', 'crack', 'shattered', 'smashed', 'crushed', 'dented', 'torn', 'ripped'],
      es: ['roto', 'rota', 'rotos', 'rotas', 'dañado', 'dañada', 'dañados', 'daño', 'estropeado', 'estropeada', 'quebrado', 'quebrada', 'rajado', 'aplastado'],
      pt: ['quebrado', 'quebrada', 'quebrou', 'danificado', 'danificada', 'dano', 'estragado', 'estragada', 'rachado', 'rachada', 'amassado', 'amassada', 'rasgado'],
      fr: ['cassé', 'cassée', 'cassés', 'abîmé', 'abîmée', 'abîmés', 'endommagé', 'endommagée', 'fissuré', 'brisé', 'brisée', 'écrasé', 'déchiré'],
      de: ['kaputt', 'beschädigt', 'beschädigte', 'beschädigung', 'zerbrochen', 'gebrochen', 'zerkratzt', 'gerissen', 'zerdrückt', 'eingedrückt'],
      ja: ['壊れ', '破損', '割れ', '傷が', 'キズ', 'へこみ', '凹み', '破れ'],
      ko: ['깨져', '깨졌', '깨진', '파손', '부서', '망가', '찢어', '찌그러'],
    },
  },
  {
    id: 'defect',
    terms: {
      zh: ['质量', '故障', '次品', '瑕疵', '不好用', '不能用', '用不了了', '失灵'],
      en: ['defect*', 'faulty', 'stopped working', 'not working', 'doesnt work', 'dont work', 'malfunction*', 'quality'],
      es: ['defectuoso', 'defectuosa', 'defecto', 'falla', 'fallando', 'dejó de funcionar', 'no funciona', 'calidad'],
      pt: ['defeito', 'defeituoso', 'defeituosa', 'parou de funcionar', 'não funciona', 'qualidade'],
      fr: ['défectueux', 'défectueuse', 'défaut', 'ne fonctionne pas', 'ne marche pas', 'ne marche plus', 'qualité', 'en panne'],
      de: ['defekt', 'defekte', 'funktioniert nicht', 'geht nicht mehr', 'mangelhaft', 'mangel', 'qualität'],
      ja: ['不良', '故障', '動かない', '作動しない', '品質', '不具合'],
      ko: ['불량', '고장', '작동이 안', '작동 안', '품질', '결함'],
    },
  },
  {
    id: 'wrong_item',
    terms: {
      zh: ['发错', '错发', '寄错', '收错', '货不对', '不是我买的', '不是我要的', '不是我订的', '发成了'],
      en: ['wrong item', 'wrong items', 'wrong product', 'wrong one', 'wrong colour', 'wrong color', 'wrong order', 'sent the wrong', 'sent me the wrong', 'not what i ordered', 'got a different', 'received a different', 'mixed up'],
      es: ['equivocado', 'equivocada', 'producto incorrecto', 'artículo incorrecto', 'no es lo que pedí', 'me mandaron otro', 'me enviaron otro'],
      pt: ['produto errado', 'item errado', 'veio errado', 'veio outro', 'pedido errado', 'cor errada', 'mandaram errado', 'enviaram errado', 'não é o que eu pedi', 'produto trocado'],
      fr: ['mauvais article', 'mauvais produit', 'mauvaise couleur', 'pas le bon', 'pas la bonne', 'erreur de commande', 'pas ce que j ai commandé'],
      de: ['falscher artikel', 'falschen artikel', 'falsche artikel', 'falsche ware', 'falsches produkt', 'falsche farbe', 'falsch geliefert', 'nicht das bestellte'],
      ja: ['違う商品が届', '別の商品が届', '間違った商品', '注文と違う', '誤配送', '誤発送', '違うものが届', '違う物が届'],
      ko: ['다른 상품이 왔', '다른 제품이 왔', '다른 게 왔', '잘못 보내', '잘못 왔', '오배송', '잘못 배송', '주문한 거랑 달라', '주문한 것과 다'],
    },
  },
  {
    id: 'warranty',
    terms: {
      zh: ['保修', '质保', '保固', '维修', '修理'],
      en: ['warrant*', 'guarantee*', 'repair*', 'fix it'],
      es: ['garantía', 'garantías', 'reparar', 'reparación', 'arreglar'],
      pt: ['garantia', 'garantias', 'consertar', 'conserto', 'reparo', 'assistência técnica'],
      fr: ['garantie', 'garanties', 'garanti', 'réparer', 'réparation', 'sav'],
      de: ['garantie', 'gewährleistung', 'reparatur', 'reparieren', 'repariert'],
      ja: ['保証', '修理', 'アフターサービス'],
      ko: ['보증', '워런티', '수리', '애프터서비스'],
    },
  },
];
