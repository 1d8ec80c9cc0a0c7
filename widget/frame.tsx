/** The chat iframe's entry: one ChatClient, rendered by <App>. Served as /widget/frame.js. */
import { render } from 'preact';
import { App } from './App';
import { postToHost } from './bridge';
import { ChatClient } from './chat';

const chat = new ChatClient((name, detail) => postToHost({ baton: 'event', name, detail }));
render(<App chat={chat} />, document.getElementById('app')!);
