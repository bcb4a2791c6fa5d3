/**
 * Korean glues particles and verb endings onto words (주문이, 주문을, 주문했어요, 취소하고). The
 * stem is the word without the longest known ending, kept at one syllable at least, so that a
 * message and an example meet on 주문 and 취소 whatever follows. Endings of chat and polite speech.
 */
const ENDINGS = [
  // verb and adjective endings (longest first after sorting)
  '했습니다', '합니다', '습니다', '했어요', '해주세요', '해줘요', '해줘', '주세요', '할게요', '하려고', '하려면', '하고싶어요',
  '하고', '해요', '했어', '했는데', '하는데', '한데', '인가요', '인데요', '인데', '나요', '는데요', '는데', '어요', '아요', '에요',
  '예요', '이에요', '세요', '가요', '까요', 'ㄹ까요', '지요', '죠', '요', '고', '서', '면', '니', '나', '지', '게', '되나요', '됐어요',
  '된', '될', '됨', '함', '하면', '해서', '하는', '한', '할', '해',
  // particles
  '에서는', '에서', '에게서', '에게', '한테', '께서', '으로는', '으로', '로는', '로', '이랑', '랑', '하고', '와', '과', '의',
  '이', '가', '을', '를', '은', '는', '에', '도', '만', '까지', '부터', '보다', '처럼', '이나', '나', '요',
].sort((a, b) => b.length - a.length);

export function koreanStem(word: string): string {
  const chars = [...word];
  if (chars.length < 2) return word;
  let w = word;
  // At most two cuts: particle after an ending (취소했는데요 → 취소).
  for (let pass = 0; pass < 2; pass++) {
    const hit = ENDINGS.find((e) => w.endsWith(e) && [...w].length - [...e].length >= 1);
    if (!hit) break;
    w = w.slice(0, w.length - hit.length);
  }
  return w;
}
