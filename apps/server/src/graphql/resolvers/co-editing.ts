import type { Resolvers } from '../../__generated__/resolvers-types.ts';
import { coEditedTextName, renderLiveDocument, viewerCanEditText } from '../../modules/co-editing/live-document.ts';

export const coEditingResolvers: Resolvers = {
  CoEditedText: {
    documentName: (text) => coEditedTextName(text),
    text: async (text, _, ctx) => (await renderLiveDocument(ctx, coEditedTextName(text))).text,
    html: async (text, _, ctx) => (await renderLiveDocument(ctx, coEditedTextName(text))).html,
    viewerCanEdit: (text, _, ctx) => viewerCanEditText(ctx, text),
  },
};
