const save = async (): Promise<void> => {};

export function saveAndForget(): void {
  save();
}
