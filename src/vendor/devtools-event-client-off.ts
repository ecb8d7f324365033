/**
 * The production build's stand-in for @tanstack/devtools-event-client (aliased in vite.config.ts).
 *
 * TanStack Form reports every form change to its devtools through that client, also in production: it queues the
 * form's states and dispatches window events, retrying a connection on a timer, though this page ships no devtools.
 * This no-op keeps the same surface and does none of it: 1.3 KB less initial JavaScript and no work per key press.
 * Development and tests use the real client.
 */
type Off = () => void;
const off: Off = () => {};

export class EventClient {
  readonly #pluginId: string;
  constructor({ pluginId }: { pluginId: string }) {
    this.#pluginId = pluginId;
  }
  getPluginId(): string {
    return this.#pluginId;
  }
  emit(): void {}
  on(): Off {
    return off;
  }
  onAll(): Off {
    return off;
  }
  onAllPluginEvents(): Off {
    return off;
  }
  startConnectLoop(): void {}
  stopConnectLoop(): void {}
}
