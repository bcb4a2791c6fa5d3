import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { PlainTextPlugin } from '@lexical/react/LexicalPlainTextPlugin';
import { $getRoot, COMMAND_PRIORITY_HIGH, KEY_ENTER_COMMAND } from 'lexical';
import { useEffect } from 'react';

/**
 * Enter sends what is in the editor's own state (Shift+Enter is a new line). Text put into the
 * DOM behind Lexical's back is not in that state, so it is never sent.
 */
function EnterToSend({ onSend }: { onSend: (text: string) => void }) {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        KEY_ENTER_COMMAND,
        (event) => {
          if (event?.shiftKey) return false;
          event?.preventDefault();
          const text = editor.getEditorState().read(() => $getRoot().getTextContent());
          if (text.trim()) {
            onSend(text);
            editor.update(() => $getRoot().clear());
          }
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor, onSend],
  );
  return null;
}

export function Composer({ onSend }: { onSend: (text: string) => void }) {
  return (
    <LexicalComposer
      initialConfig={{
        namespace: 'reply',
        theme: { paragraph: 'reply-editor__paragraph' },
        onError: (error) => {
          throw error;
        },
      }}
    >
      <div className="reply-editor">
        <PlainTextPlugin
          contentEditable={<ContentEditable className="reply-editor__input" aria-label="Write a reply" />}
          placeholder={<div className="reply-editor__placeholder">Write a reply, Enter to send</div>}
          ErrorBoundary={LexicalErrorBoundary}
        />
        <HistoryPlugin />
        <EnterToSend onSend={onSend} />
      </div>
    </LexicalComposer>
  );
}
