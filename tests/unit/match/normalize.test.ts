import { describe, expect, it } from 'vitest';
import { normalize } from '../../../lib/match';
import { cjkGrams, stem, undouble, words } from '../../../lib/match/normalize';

describe('normalize', () => {
  it('folds case, accents and punctuation so Spanish with and without accents meet', () => {
    expect(normalize('¿Dónde está mi pedido?')).toBe('donde esta mi pedido');
    expect(normalize('donde esta mi pedido')).toBe(normalize('¿Dónde está mi pedido?'));
    expect(normalize('Größe, Straße')).toBe('grosse strasse');
    expect(normalize('Ça coûte combien ?')).toBe('ca coute combien');
  });

  it('turns full-width Latin and digits into half-width, half-width kana into full-width (NFKC)', () => {
    expect(normalize('ＨＥＬＬＯ　Ｗｏｒｌｄ！')).toBe('hello world');
    expect(normalize('ｻｲｽﾞ')).toBe('サイズ');
    expect(normalize('１２３')).toBe('123');
  });

  it('drops emoji and symbols', () => {
    expect(normalize('thanks!!! 🙏😀 ❤️')).toBe('thanks');
  });

  it('keeps stretched letters at two, and undouble() recovers the word', () => {
    expect(normalize('pleeeeease')).toBe('pleease');
    expect(undouble(normalize('pleeeeease'))).toBe('please');
    expect(normalize('goooood')).toBe('good');
  });

  it('makes order numbers and long digit runs one token', () => {
    expect(normalize('order 5769123400981 late')).toBe('order # late');
    expect(normalize('order 5769 1234 0098')).toBe('order #');
    expect(normalize('id SO12345678')).toBe('id #');
    expect(normalize('size 10 or 12')).toBe('size 10 or 12');
  });

  it('keeps Hangul syllables and Japanese voiced kana whole', () => {
    expect(normalize('주문 취소하고 싶어요')).toBe('주문 취소하고 싶어요');
    expect(normalize('ガイド')).toBe('ガイド');
  });

  it('joins English contractions and splits French elisions', () => {
    expect(normalize("don't")).toBe('dont');
    expect(normalize("l'avez c'est")).toBe('l avez c est');
  });

  it('splits CJK runs from Latin words and cuts them into unigrams and bigrams', () => {
    expect(words(normalize('iphone15快递到了吗？'))).toEqual(['iphone15', '快递到了吗']);
    expect(cjkGrams('快递到')).toEqual(['快', '快递', '递', '递到', '到']);
  });

  it('stems English inflections lightly', () => {
    expect(stem('cancelling')).toBe(stem('cancel'));
    expect(stem('orders')).toBe('order');
    expect(stem('shipped')).toBe('ship');
  });
});
