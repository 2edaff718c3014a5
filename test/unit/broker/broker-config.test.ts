// Goal: Kafka's property names and defaults become the typed BrokerConfig,
// and server.properties text parses as Kafka's does.
import { expect, it } from 'vitest'
import { brokerConfigFromProperties, parseProperties } from '../../../src/broker/broker-config.js'

it('defaults: one combined node on 127.0.0.1:9092 (controller 9093), Kafka defaults elsewhere', () => {
  const c = brokerConfigFromProperties(new Map())
  expect(c.nodeId).toBe(1)
  expect(c.processRoles).toEqual(['broker', 'controller'])
  expect(c.listeners).toEqual([
    { name: 'PLAINTEXT', host: '127.0.0.1', port: 9092 },
    { name: 'CONTROLLER', host: '127.0.0.1', port: 9093 },
  ])
  expect(c.advertisedListeners).toEqual([{ name: 'PLAINTEXT', host: '127.0.0.1', port: 9092 }])
  expect(c.numPartitions).toBe(1)
  expect(c.autoCreateTopicsEnable).toBe(true)
  expect(c.messageMaxBytes).toBe(1048588)
  expect(c.socketRequestMaxBytes).toBe(104857600)
  expect(c.log.segmentBytes).toBe(1073741824)
  expect(c.log.retentionMs).toBe(604800000)
})

it('reads Kafka names, log.* with their unit variants, and advertised listeners', () => {
  const c = brokerConfigFromProperties(
    parseProperties(
      [
        '# a comment',
        'node.id=3',
        'listeners=PLAINTEXT://0.0.0.0:19092,CONTROLLER://:19093',
        'advertised.listeners=PLAINTEXT://broker3.local:19092',
        'num.partitions = 6',
        'auto.create.topics.enable=false',
        'log.retention.hours=1',
        'log.segment.bytes: 1048576',
        'log.dirs=/a,/b',
      ].join('\n'),
    ),
  )
  expect(c.nodeId).toBe(3)
  expect(c.listeners[1]).toEqual({ name: 'CONTROLLER', host: '0.0.0.0', port: 19093 })
  expect(c.advertisedListeners).toEqual([{ name: 'PLAINTEXT', host: 'broker3.local', port: 19092 }])
  expect(c.numPartitions).toBe(6)
  expect(c.autoCreateTopicsEnable).toBe(false)
  expect(c.log.retentionMs).toBe(3_600_000)
  expect(c.log.segmentBytes).toBe(1_048_576)
  expect(c.logDirs).toEqual(['/a', '/b'])
})

it('bad values are INVALID_CONFIG errors', () => {
  expect(() => brokerConfigFromProperties(new Map([['num.partitions', 'many']]))).toThrow(/not an integer/)
  expect(() => brokerConfigFromProperties(new Map([['listeners', 'nonsense']]))).toThrow(/invalid listeners/)
  expect(() => brokerConfigFromProperties(new Map([['process.roles', 'broker,router']]))).toThrow(/unknown role/)
})
