// A FileSystem whose handles hold an OS file descriptor only while in use,
// at most `maxOpenFiles` at a time: the least recently used descriptor is
// closed and reopened on its next use. Kafka keeps every segment's files
// open (and needs a huge `ulimit -n`); a broker with thousands of partitions
// here stays within a fixed budget instead. A handle with an fsync in flight
// is pinned and never closed under it. A file must not be renamed while a
// handle on it is open: an evicted handle reopens by its original path.
import { assert } from '../util/assert.js'
import type { FileHandle, FileSystem, OpenMode } from './fs.js'

export const DEFAULT_MAX_OPEN_FILES = 1024

interface Pool {
  readonly inner: FileSystem
  readonly max: number
  /** Handles holding a descriptor, least recently used first (Map keeps insertion order). */
  readonly open: Map<LazyHandle, true>
}

class LazyHandle implements FileHandle {
  private real: FileHandle | null = null
  private pins = 0
  private closed = false

  constructor(
    private readonly pool: Pool,
    readonly path: string,
    private readonly mode: OpenMode,
    first: FileHandle,
  ) {
    this.adopt(first)
  }

  private adopt(real: FileHandle): void {
    this.real = real
    this.pool.open.set(this, true)
    this.evictOthers()
  }

  private evictOthers(): void {
    if (this.pool.open.size <= this.pool.max) return
    for (const candidate of this.pool.open.keys()) {
      if (this.pool.open.size <= this.pool.max) break
      if (candidate !== this && candidate.pins === 0) candidate.release()
    }
  }

  /** Closes the descriptor; the handle stays usable and reopens on demand. */
  private release(): void {
    this.pool.open.delete(this)
    this.real?.close()
    this.real = null
  }

  private use(): FileHandle {
    assert(!this.closed, `${this.path}: handle is closed`)
    if (this.real === null) {
      // Reopening never creates or truncates: the file exists since the first open.
      this.adopt(this.pool.inner.open(this.path, this.mode === 'read' ? 'read' : 'readwrite'))
    } else {
      this.pool.open.delete(this)
      this.pool.open.set(this, true)
    }
    return this.real!
  }

  size(): number {
    return this.use().size()
  }

  read(target: Buffer, targetOffset: number, length: number, position: number): number {
    return this.use().read(target, targetOffset, length, position)
  }

  write(data: Buffer, position: number): void {
    this.use().write(data, position)
  }

  truncate(size: number): void {
    this.use().truncate(size)
  }

  async sync(): Promise<void> {
    if (this.closed) return
    const real = this.use()
    this.pins++
    try {
      await real.sync()
    } finally {
      this.pins--
      if (this.closed && this.pins === 0) this.release()
      else this.evictOthers()
    }
  }

  close(): void {
    if (this.closed) return
    this.closed = true
    if (this.pins === 0) this.release()
  }
}

export function boundedFileSystem(
  inner: FileSystem,
  maxOpenFiles = DEFAULT_MAX_OPEN_FILES,
): FileSystem & {
  readonly openDescriptors: () => number
} {
  assert(maxOpenFiles >= 1, 'maxOpenFiles must be at least 1')
  const pool: Pool = { inner, max: maxOpenFiles, open: new Map() }
  return {
    open: (path, mode) => new LazyHandle(pool, path, mode, inner.open(path, mode)),
    exists: (path) => inner.exists(path),
    readFile: (path) => inner.readFile(path),
    rename: (from, to) => inner.rename(from, to),
    unlink: (path) => inner.unlink(path),
    mkdirs: (path) => inner.mkdirs(path),
    isDirectory: (path) => inner.isDirectory(path),
    list: (dir) => inner.list(dir),
    removeDir: (path) => inner.removeDir(path),
    syncDir: (path) => inner.syncDir(path),
    openDescriptors: () => pool.open.size,
  }
}
