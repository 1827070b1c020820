// Placeholder replaced by the database harness below once it exists.
export default function setup(): void {}
