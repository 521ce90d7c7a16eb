import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comment } from '../../../../shared/workbook/schema';
import { newId } from '../../../../shared/workbook/ids';
import { formatDateTime } from '../../../format';
import { useUi } from '../../../state/ui-store';

/** The author is remembered for the session, so a facilitator types it once. */
let lastAuthor = '';

/** The discussion of a clause or persona: a list and a small form. Adding a comment is one undo step. */
export function Comments({ comments, onAdd }: { comments: readonly Comment[]; onAdd: (c: Comment) => void }) {
  const { t } = useTranslation('workbook');
  const lang = useUi((s) => s.language);
  const [author, setAuthor] = useState(lastAuthor);
  const [text, setText] = useState('');
  return (
    <details className="comments" open={comments.length > 0}>
      <summary>
        {t('comments.title')} ({comments.length})
      </summary>
      {comments.length === 0 && <p className="muted">{t('comments.none')}</p>}
      <ul>
        {comments.map((c) => (
          <li key={c.id}>
            <strong>{c.author}</strong> <span className="muted">{formatDateTime(c.at, lang)}</span>
            <p>{c.text}</p>
          </li>
        ))}
      </ul>
      <form
        className="comment-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!text.trim()) return;
          lastAuthor = author;
          onAdd({ id: newId(), author: author.trim(), at: new Date().toISOString(), text: text.trim() });
          setText('');
        }}
      >
        <input
          aria-label={t('comments.author')}
          placeholder={t('comments.author')}
          value={author}
          onChange={(e) => setAuthor(e.target.value)}
        />
        <input
          aria-label={t('comments.text')}
          placeholder={t('comments.text')}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit">{t('actions.addComment')}</button>
      </form>
    </details>
  );
}
