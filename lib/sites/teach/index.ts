export { attributeRank, classKind, cssIdent, cssString, isBuildClass, isStableValue, type ClassKind } from './tokens';
export { commonAncestor, featuresOf, proposeForMany, proposeForOne, type Candidate, type CandidateKind } from './propose';
export { marks, pickedMessages, proposeAuthors, proposeCards, proposeList, proposeMessageText, type AuthorProposals, type PickedMessages } from './messages';
export { proposeActiveCard, proposeIdSources, type IdProposal } from './conversation';
export { draftProfile, matchPatternFor, profileIdFor, readWithChoices, runtimeOfChoices, type LiveRead, type TeachChoices, type TeachMissing } from './draft';
export { DRAFT_HASH_KEY, decodeDraft, draftHash, draftOfHash, encodeDraft, type DecodedDraft } from './draft-url';
export { REQUIRED_STEPS, TEACH_STEPS, choicesFrom, composerRole, pickTarget, proposeAll, type Proposals, type TeachPicks, type TeachStep } from './session';
