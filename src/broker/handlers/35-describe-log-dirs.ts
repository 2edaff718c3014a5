// DescribeLogDirs v0-4 (KIP-113). v1 throttle time; v2 flexible; v3 a
// top-level error code; v4 each dir's volume total and usable bytes
// (KIP-827, from statfs). Every configured log dir is listed, with the
// partition logs it holds: size in bytes, offset lag (high watermark minus
// log end, never below 0) and isFutureKey false. As in Kafka's
// ReplicaManager.describeLogDirs, a topic with a log in the dir is listed
// even when none of its partitions was asked for (with no partitions);
// null `topics` asks for every partition. The `__cluster_metadata` log is
// not listed (Kafka keeps it outside the log dirs' LogManager).
//
// Not implemented: offline log dirs (KAFKA_STORAGE_ERROR per dir), future
// logs of AlterReplicaLogDirs, authorization.
import { statfsSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { ErrorCode } from '../../protocol/errors.js'
import { describeLogDirsApi } from '../../protocol/generated/apis/describe-log-dirs.js'
import type { DescribeLogDirsResponse } from '../../protocol/generated/index.js'
import { defineHandler } from '../handler.js'
import { METADATA_TOPIC } from '../metadata-log.js'

type DirResult = DescribeLogDirsResponse['results'][number]
type TopicResult = DirResult['topics'][number]

export const describeLogDirsHandler = defineHandler(describeLogDirsApi, {
  handle(request, _context, broker) {
    const wanted =
      request.topics === null
        ? null
        : new Set(request.topics.flatMap((t) => t.partitions.map((p) => `${t.topic}\0${p}`)))
    const byDir = new Map<string, Map<string, TopicResult>>()
    for (const { topic, partition, log } of broker.logs.allLogs()) {
      if (topic === METADATA_TOPIC) continue
      const dir = resolve(dirname(log.dir))
      const topics = byDir.get(dir) ?? new Map<string, TopicResult>()
      byDir.set(dir, topics)
      const entry = topics.get(topic) ?? { name: topic, partitions: [] }
      topics.set(topic, entry)
      if (wanted !== null && !wanted.has(`${topic}\0${partition}`)) continue
      entry.partitions.push({
        partitionIndex: partition,
        partitionSize: BigInt(log.sizeInBytes),
        offsetLag: BigInt(Math.max(log.highWatermark - log.logEndOffset, 0)),
        isFutureKey: false,
      })
    }
    const response = describeLogDirsApi.response.create()
    response.errorCode = ErrorCode.NONE
    response.results = [...new Set(broker.config.logDirs.map((d) => resolve(d)))].map((logDir): DirResult => {
      const topics = [...(byDir.get(logDir)?.values() ?? [])].sort((a, b) => (a.name < b.name ? -1 : 1))
      for (const t of topics) t.partitions.sort((a, b) => a.partitionIndex - b.partitionIndex)
      const { totalBytes, usableBytes } = volume(logDir)
      return { errorCode: ErrorCode.NONE, logDir, topics, totalBytes, usableBytes }
    })
    return response
  },
})

function volume(dir: string): { totalBytes: bigint; usableBytes: bigint } {
  try {
    const s = statfsSync(dir, { bigint: true })
    return { totalBytes: s.blocks * s.bsize, usableBytes: s.bavail * s.bsize }
  } catch {
    // Kafka's "unknown" for these fields.
    return { totalBytes: -1n, usableBytes: -1n }
  }
}
