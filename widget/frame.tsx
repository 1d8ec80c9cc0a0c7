/** The chat iframe's entry: one ChatClient, rendered by <App>. Served as /widget/frame.js. */
import { render } from 'preact';
import { RIGHT_TO_LEFT } from '../worker/protocol/language';
import { App } from './App';
import { postToHost } from './bridge';
import { ChatClient } from './chat';
import { language, loadStrings, t } from './strings';

// The visitor's language first (a small chunk, unless English), so nothing renders in English first.
void loadStrings().then(() => {
  // Screen readers read the chat in its language, not the page's default.
  document.documentElement.lang = language;
  // Arabic, Hebrew and Persian read right to left: the layout follows (the stylesheet uses logical sides).
  document.documentElement.dir = RIGHT_TO_LEFT.has(language) ? 'rtl' : 'ltr';
  document.title = t('chat');
  const chat = new ChatClient((name, detail) => postToHost({ baton: 'event', name, detail }));
  render(<App chat={chat} />, document.getElementById('app')!);
});
