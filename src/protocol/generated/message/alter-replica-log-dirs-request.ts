// Generated from spec/kafka/message/AlterReplicaLogDirsRequest.json by scripts/codegen. Do not edit.
// AlterReplicaLogDirsRequest: request, api key 34, versions 0-2, flexible 2+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-2. */
export interface AlterReplicaLogDirsRequest {
  /** The alterations to make for each directory. (versions 0+) */
  dirs: AlterReplicaLogDir[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-2. */
export interface AlterReplicaLogDir {
  /** The absolute directory path. (versions 0+; map key) */
  path: string
  /** The topics to add to the directory. (versions 0+) */
  topics: AlterReplicaLogDirTopic[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-2. */
export interface AlterReplicaLogDirTopic {
  /** The topic name. (versions 0+; map key) */
  name: string
  /** The partition indexes. (versions 0+) */
  partitions: number[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultAlterReplicaLogDirsRequest(): AlterReplicaLogDirsRequest {
  return {
    dirs: [],
    unknownTaggedFields: undefined,
  }
}

export function readAlterReplicaLogDirsRequest(r: Reader, version: number): AlterReplicaLogDirsRequest {
  let $dirs: AlterReplicaLogDir[]
  {
    const n = r.readArrayLength(version >= 2)
    if (n < 0) {
      throw new DecodeError('non-nullable field Dirs was serialized as null')
    } else {
      const a: AlterReplicaLogDir[] = []
      for (let i = 0; i < n; i++) a.push(readAlterReplicaLogDir(r, version))
      $dirs = a
    }
  }
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 2) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { dirs: $dirs, unknownTaggedFields }
}

export function writeAlterReplicaLogDirsRequest(w: Writer, m: AlterReplicaLogDirsRequest, version: number): void {
  {
    const a = m.dirs
    w.writeArrayLength(version >= 2, a.length)
    for (const e of a) writeAlterReplicaLogDir(w, e, version)
  }
  if (version >= 2) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultAlterReplicaLogDir(): AlterReplicaLogDir {
  return {
    path: "",
    topics: [],
    unknownTaggedFields: undefined,
  }
}

export function readAlterReplicaLogDir(r: Reader, version: number): AlterReplicaLogDir {
  const $path: string = (version >= 2 ? r.readCompactString() : r.readString())
  let $topics: AlterReplicaLogDirTopic[]
  {
    const n = r.readArrayLength(version >= 2)
    if (n < 0) {
      throw new DecodeError('non-nullable field Topics was serialized as null')
    } else {
      const a: AlterReplicaLogDirTopic[] = []
      for (let i = 0; i < n; i++) a.push(readAlterReplicaLogDirTopic(r, version))
      $topics = a
    }
  }
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 2) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { path: $path, topics: $topics, unknownTaggedFields }
}

export function writeAlterReplicaLogDir(w: Writer, m: AlterReplicaLogDir, version: number): void {
  void (version >= 2 ? w.writeCompactString(m.path) : w.writeString(m.path))
  {
    const a = m.topics
    w.writeArrayLength(version >= 2, a.length)
    for (const e of a) writeAlterReplicaLogDirTopic(w, e, version)
  }
  if (version >= 2) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultAlterReplicaLogDirTopic(): AlterReplicaLogDirTopic {
  return {
    name: "",
    partitions: [],
    unknownTaggedFields: undefined,
  }
}

export function readAlterReplicaLogDirTopic(r: Reader, version: number): AlterReplicaLogDirTopic {
  const $name: string = (version >= 2 ? r.readCompactString() : r.readString())
  let $partitions: number[]
  {
    const n = r.readArrayLength(version >= 2)
    if (n < 0) {
      throw new DecodeError('non-nullable field Partitions was serialized as null')
    } else {
      const a: number[] = []
      for (let i = 0; i < n; i++) a.push(r.readInt32())
      $partitions = a
    }
  }
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 2) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { name: $name, partitions: $partitions, unknownTaggedFields }
}

export function writeAlterReplicaLogDirTopic(w: Writer, m: AlterReplicaLogDirTopic, version: number): void {
  void (version >= 2 ? w.writeCompactString(m.name) : w.writeString(m.name))
  {
    const a = m.partitions
    w.writeArrayLength(version >= 2, a.length)
    for (const e of a) w.writeInt32(e)
  }
  if (version >= 2) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
