import { SignalingError } from '../errors';
import type { Logger } from '../log';
import type { RouterProvider } from '../media/room-media';
import type { Clock } from '../util/clock';
import { Room } from './room';
import type { RoomStats } from './views';

export type RegistryOptions = {
  clock: Clock;
  reconnectWindowMs: number;
  departureGraceMs: number;
  speakingReportMs: number;
  maxPeersPerRoom: number;
  /** Lobby seats per room at once, and from one network address. */
  maxLobbyPerRoom: number;
  maxLobbyPerIp: number;
  /** Consumers one person may receive (a bound on worker memory per person). */
  maxConsumersPerPeer: number;
  maxRooms: number;
  /** A room nobody is connected to closes after this long. */
  idleRoomTtlMs: number;
  routerProvider: RouterProvider | undefined;
  logger: Logger;
};

export type Totals = RoomStats & { rooms: number };

/** The live rooms of this server, by id; idle ones are closed by a sweep. */
export class RoomRegistry {
  readonly #options: RegistryOptions;
  readonly #rooms = new Map<string, Room>();
  readonly #sweeper: NodeJS.Timeout;

  private constructor(options: RegistryOptions) {
    this.#options = options;
    const every = Math.max(1_000, Math.min(60_000, options.idleRoomTtlMs / 4));
    this.#sweeper = setInterval(() => this.sweep(), every);
    this.#sweeper.unref();
  }

  static create(options: RegistryOptions): RoomRegistry {
    return new RoomRegistry(options);
  }

  /** A new room owned by the facilitator key `ownerKeyName`, and the room's owner secret. */
  create(input: {
    title: string;
    agreements: string;
    groupTag?: string | undefined;
    ownerKeyName: string;
  }): { room: Room; ownerSecret: string } {
    if (this.#rooms.size >= this.#options.maxRooms) {
      throw new SignalingError('ROOM_FULL', 'This server hosts as many rooms as it can.');
    }
    const { room, ownerSecret } = Room.create({
      ...input,
      clock: this.#options.clock,
      reconnectWindowMs: this.#options.reconnectWindowMs,
      departureGraceMs: this.#options.departureGraceMs,
      speakingReportMs: this.#options.speakingReportMs,
      maxPeers: this.#options.maxPeersPerRoom,
      maxLobby: this.#options.maxLobbyPerRoom,
      maxLobbyPerIp: this.#options.maxLobbyPerIp,
      maxConsumersPerPeer: this.#options.maxConsumersPerPeer,
      routerProvider: this.#options.routerProvider,
      logger: this.#options.logger,
    });
    this.#rooms.set(room.id, room);
    room.once('closed', () => {
      this.#rooms.delete(room.id);
      this.#options.logger.info('room closed', { room: room.id });
    });
    this.#options.logger.info('room created', { room: room.id });
    return { room, ownerSecret };
  }

  /** The room, or undefined (for answers that must not tell a real room from a fake). */
  find(roomId: string): Room | undefined {
    return this.#rooms.get(roomId);
  }

  get(roomId: string): Room {
    const room = this.#rooms.get(roomId);
    if (!room)
      throw new SignalingError('ROOM_NOT_FOUND', 'This room does not exist or has closed.');
    return room;
  }

  get size(): number {
    return this.#rooms.size;
  }

  rooms(): IterableIterator<Room> {
    return this.#rooms.values();
  }

  totals(): Totals {
    const totals: Totals = {
      rooms: this.#rooms.size,
      lobby: 0,
      joined: 0,
      disconnected: 0,
      producers: { audio: 0, video: 0 },
      consumers: 0,
    };
    for (const room of this.#rooms.values()) {
      const stats = room.stats();
      totals.lobby += stats.lobby;
      totals.joined += stats.joined;
      totals.disconnected += stats.disconnected;
      totals.producers.audio += stats.producers.audio;
      totals.producers.video += stats.producers.video;
      totals.consumers += stats.consumers;
    }
    return totals;
  }

  /** Closes rooms nobody has been connected to for the idle time. */
  sweep(): void {
    const now = this.#options.clock.now();
    for (const room of [...this.#rooms.values()]) {
      const since = room.emptySince;
      if (since !== undefined && now - since >= this.#options.idleRoomTtlMs) room.close();
    }
  }

  closeAll(): void {
    clearInterval(this.#sweeper);
    for (const room of [...this.#rooms.values()]) room.close();
  }
}
