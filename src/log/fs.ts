// The file system the log layer sees. Writes and reads are synchronous: a
// write into the page cache costs about a memcpy, keeps appends ordered, and
// once `write` returns the bytes survive a `kill -9` of the process (not a
// power loss: that needs `sync`). Only `sync`/`syncDir` (fsync) are async, so
// they run on libuv's thread pool and many appends can share one (group
// commit). A simulated disk implements the same interface for crash tests.
import * as fs from 'node:fs'
import { dirname } from 'node:path'

export interface FileHandle {
  readonly path: string
  size(): number
  /** Reads up to `length` bytes at `position` into `target` at `targetOffset`; returns the count read. */
  read(target: Buffer, targetOffset: number, length: number, position: number): number
  /** Writes all of `data` at `position`. */
  write(data: Buffer, position: number): void
  truncate(size: number): void
  sync(): Promise<void>
  close(): void
}

export type OpenMode = 'read' | 'readwrite' | 'create'

export interface FileSystem {
  /** 'create' creates the file if missing (never truncates); 'readwrite' requires it to exist. */
  open(path: string, mode: OpenMode): FileHandle
  exists(path: string): boolean
  readFile(path: string): Buffer
  /** Replaces `to` with `from` atomically (POSIX rename). */
  rename(from: string, to: string): void
  unlink(path: string): void
  mkdirs(path: string): void
  isDirectory(path: string): boolean
  /** Entry names in `dir`, sorted. */
  list(dir: string): string[]
  removeDir(path: string): void
  /** fsync of a directory, which makes a rename or a new file durable. */
  syncDir(path: string): Promise<void>
}

class NodeFileHandle implements FileHandle {
  private closed = false

  constructor(
    readonly path: string,
    private readonly fd: number,
  ) {}

  size(): number {
    return fs.fstatSync(this.fd).size
  }

  read(target: Buffer, targetOffset: number, length: number, position: number): number {
    let done = 0
    while (done < length) {
      const n = fs.readSync(this.fd, target, targetOffset + done, length - done, position + done)
      if (n === 0) break
      done += n
    }
    return done
  }

  write(data: Buffer, position: number): void {
    let done = 0
    while (done < data.length) {
      done += fs.writeSync(this.fd, data, done, data.length - done, position + done)
    }
  }

  truncate(size: number): void {
    fs.ftruncateSync(this.fd, size)
  }

  sync(): Promise<void> {
    // A closed descriptor number may already belong to another file.
    if (this.closed) return Promise.resolve()
    return new Promise((resolve, reject) => {
      fs.fsync(this.fd, (err) => (err ? reject(err) : resolve()))
    })
  }

  close(): void {
    if (this.closed) return
    this.closed = true
    fs.closeSync(this.fd)
  }
}

const OPEN_FLAGS: Record<OpenMode, string> = { read: 'r', readwrite: 'r+', create: 'a+' }

export const nodeFileSystem: FileSystem = {
  open(path, mode) {
    // 'a+' would force every write to the end; open with O_CREAT then reopen r+.
    if (mode === 'create') fs.closeSync(fs.openSync(path, OPEN_FLAGS.create))
    return new NodeFileHandle(path, fs.openSync(path, mode === 'read' ? 'r' : 'r+'))
  },
  exists: (path) => fs.existsSync(path),
  readFile: (path) => fs.readFileSync(path),
  rename: (from, to) => fs.renameSync(from, to),
  unlink: (path) => fs.unlinkSync(path),
  mkdirs: (path) => {
    fs.mkdirSync(path, { recursive: true })
  },
  isDirectory: (path) => fs.statSync(path, { throwIfNoEntry: false })?.isDirectory() === true,
  list: (dir) => fs.readdirSync(dir).sort(),
  removeDir: (path) => fs.rmSync(path, { recursive: true, force: true }),
  syncDir: (path) =>
    new Promise((resolve, reject) => {
      fs.open(path, 'r', (err, fd) => {
        if (err) return reject(err)
        fs.fsync(fd, (syncErr) => {
          fs.close(fd, () => (syncErr ? reject(syncErr) : resolve()))
        })
      })
    }),
}

/**
 * Writes a small file so that a crash leaves either the old or the new
 * contents: temp file, fsync, rename over, fsync the directory. This is how
 * Kafka writes its checkpoint files.
 */
export async function writeFileAtomically(fsys: FileSystem, path: string, data: Buffer): Promise<void> {
  const temp = `${path}.tmp`
  const file = fsys.open(temp, 'create')
  try {
    file.truncate(0)
    file.write(data, 0)
    await file.sync()
  } finally {
    file.close()
  }
  fsys.rename(temp, path)
  await fsys.syncDir(dirname(path))
}
