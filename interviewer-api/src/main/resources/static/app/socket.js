import { savedToken } from './storage.js';

const TAKEN_OVER = 4000;
const KEEPALIVE_MS = 25_000;

/**
 * The interview WebSocket: one JSON object per frame. It reconnects after a drop (not after a take-over by
 * another tab, nor after close()) and tells its owner, who then sends `resume`.
 */
export class InterviewSocket {
  constructor({ onMessage, onOpen, onDrop, onTakenOver }) {
    this.handlers = { onMessage, onOpen, onDrop, onTakenOver };
    this.socket = null;
    this.closedByUs = false;
    this.attempts = 0;
    this.keepalive = null;
    this.queue = [];
  }

  get open() {
    return this.socket !== null && this.socket.readyState === WebSocket.OPEN;
  }

  connect() {
    this.closedByUs = false;
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    const token = savedToken.get();
    // A browser cannot set headers on a WebSocket, so team mode sends the token as a subprotocol pair.
    const socket = token
      ? new WebSocket(`${scheme}://${location.host}/ws/interview`, ['bearer', token])
      : new WebSocket(`${scheme}://${location.host}/ws/interview`);
    this.socket = socket;
    socket.addEventListener('open', () => {
      this.attempts = 0;
      this.keepalive = setInterval(() => this.send({ type: 'ping' }), KEEPALIVE_MS);
      const pending = this.queue;
      this.queue = [];
      this.handlers.onOpen?.();
      pending.forEach((message) => this.send(message));
    });
    socket.addEventListener('message', (event) => {
      let message;
      try {
        message = JSON.parse(event.data);
      } catch {
        return;
      }
      this.handlers.onMessage(message);
    });
    socket.addEventListener('close', (event) => {
      clearInterval(this.keepalive);
      if (this.socket !== socket) return;
      this.socket = null;
      if (this.closedByUs) return;
      if (event.code === TAKEN_OVER) {
        this.handlers.onTakenOver?.();
        return;
      }
      this.handlers.onDrop?.();
      const delay = Math.min(10_000, 500 * 2 ** this.attempts++);
      setTimeout(() => {
        if (!this.closedByUs && this.socket === null) this.connect();
      }, delay);
    });
  }

  /** Sends now, or when the connection (re)opens: a message is never dropped silently. */
  send(message) {
    if (this.open) {
      this.socket.send(JSON.stringify(message));
    } else if (message.type !== 'ping') {
      this.queue.push(message);
      if (this.socket === null) this.connect();
    }
  }

  close() {
    this.closedByUs = true;
    clearInterval(this.keepalive);
    this.socket?.close(1000);
    this.socket = null;
  }
}
