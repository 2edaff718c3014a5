#!/usr/bin/python3
# The load generator of bench/replication/run.ts: librdkafka (python3-confluent-kafka) producing
# 1 KiB messages to one topic with the given acks, in two phases (latency first, so that no
# follower is still catching up on the throughput phase's backlog while latencies are measured):
#   latency:    RATE messages a second for SECONDS; each message's latency is from its produce()
#               call to its delivery report (so it includes linger.ms and the acks wait);
#   throughput: COUNT messages as fast as the producer takes them; MB/s from the first produce()
#               to the last delivery report.
# Prints one JSON line: {"acks", "messages", "seconds", "mbPerSec", "latencyMs": {"p50", "p99", "max"}}.
#
# Usage: producer.py BOOTSTRAP TOPIC ACKS COUNT RATE SECONDS
import json
import sys
import time

from confluent_kafka import Producer

bootstrap, topic, acks = sys.argv[1], sys.argv[2], sys.argv[3]
count, rate, seconds = int(sys.argv[4]), int(sys.argv[5]), float(sys.argv[6])
payload = b'x' * 1024
producer = Producer({
    'bootstrap.servers': bootstrap,
    'acks': acks,
    'enable.idempotence': acks == 'all',
    'linger.ms': 5,
    'compression.type': 'none',
    'queue.buffering.max.messages': 200000,
})
errors = []


def failed(err, _msg):
    if err is not None:
        errors.append(str(err))


# Warm-up: metadata, connections, idempotent producer id.
for _ in range(100):
    producer.produce(topic, payload, on_delivery=failed)
producer.flush(30)

latencies = []


def timed(sent):
    def report(err, _msg):
        if err is not None:
            errors.append(str(err))
        else:
            latencies.append((time.perf_counter() - sent) * 1000)
    return report


interval = 1.0 / rate
total = int(rate * seconds)
begin = time.perf_counter()
for i in range(total):
    due = begin + i * interval
    while True:
        now = time.perf_counter()
        if now >= due:
            break
        producer.poll(min(due - now, 0.001))
    producer.produce(topic, payload, on_delivery=timed(time.perf_counter()))
    producer.poll(0)
producer.flush(60)

start = time.perf_counter()
for _ in range(count):
    while True:
        try:
            producer.produce(topic, payload, on_delivery=failed)
            break
        except BufferError:
            producer.poll(0.001)
    producer.poll(0)
producer.flush(120)
elapsed = time.perf_counter() - start
if errors:
    raise SystemExit('delivery failed: %s (%d errors)' % (errors[:3], len(errors)))
latencies.sort()


def pct(q):
    return round(latencies[min(len(latencies) - 1, int(q * len(latencies)))], 2)


print(json.dumps({
    'acks': acks,
    'messages': count,
    'seconds': round(elapsed, 3),
    'mbPerSec': round(count * len(payload) / elapsed / 1e6, 2),
    'latencyMs': {'p50': pct(0.50), 'p99': pct(0.99), 'max': round(latencies[-1], 2), 'samples': len(latencies)},
}), flush=True)
