/** Sealed data that fails authentication (tampered, moved to another row, or a wrong key). */
export class SealedDataRejected extends Error {
  constructor(reason: string) {
    super(`sealed data rejected: ${reason}`);
    this.name = 'SealedDataRejected';
  }
}
