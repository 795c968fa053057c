/** Epoch milliseconds; injected so tests control time. */
export type Clock = () => number;
