/**
 * What the plan reader reads: bytes at positions, with a name for messages. Where the bytes come from
 * (a file, an artifact, memory) is the caller's business; the reader never opens anything itself.
 */
export interface ByteSource {
  /** How errors name the plan (a file path, or a label for bytes held in memory). */
  readonly name: string
  /** Size in bytes; the reader reads up to here and no further. */
  readonly size: number
  /**
   * Copies the bytes from `position` on into `buffer`, starting at the buffer's first byte and at most
   * `buffer.length` of them. Returns how many were copied; 0 means the source ended early.
   */
  read(buffer: Buffer, position: number): number
}
