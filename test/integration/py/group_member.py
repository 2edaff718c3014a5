#!/usr/bin/python3
# A consumer group member (librdkafka via python3-confluent-kafka) for tests that kill brokers under
# a group: test/integration/replication-groups.test.ts.
#
# Usage:
#   group_member.py member BOOTSTRAP TOPIC GROUP NAME [BATCH] [PAUSE_S]
#       subscribes to TOPIC in GROUP, consumes up to BATCH records per poll (default 20), then
#       commits the next offsets of what it consumed synchronously, and sleeps PAUSE_S (default
#       0.1) so the run spans the test's failures. Until stdin closes; then commits its positions
#       (retrying) and closes, leaving the group. One JSON line per event:
#         {"ev": "assign"|"revoke", "m": NAME, "tp": [partitions]}
#         {"ev": "records", "m": NAME, "r": [[partition, offset], ...]}   printed before its commit
#         {"ev": "commit", "m": NAME, "offsets": {partition: next offset}} once the commit succeeded
#         {"ev": "commit-failed", "m": NAME, "error": "..."}
#         {"ev": "done", "m": NAME}
#   group_member.py resume BOOTSTRAP TOPIC GROUP PARTITIONS
#       joins GROUP as its only member, reads the committed offsets, consumes every partition to its
#       end offset and prints {"committed": {p: offset}, "first": {p: first offset consumed},
#       "ends": {p: end offset}, "records": [[p, o], ...]} without committing anything.
import json
import os
import sys
import threading
import time

from confluent_kafka import Consumer, KafkaException, TopicPartition


def emit(**fields):
    print(json.dumps(fields), flush=True)


def member(bootstrap, topic, group, name, batch='20', pause='0.1'):
    batch, pause = int(batch), float(pause)
    consumer = Consumer({
        'bootstrap.servers': bootstrap,
        'group.id': group,
        'client.id': name,
        'enable.auto.commit': False,
        'auto.offset.reset': 'earliest',
        'session.timeout.ms': 6000,
        'heartbeat.interval.ms': 500,
        # Small fetches so that every assigned partition's records come in turn.
        'max.partition.fetch.bytes': 2048,
        'reconnect.backoff.ms': 50,
        'reconnect.backoff.max.ms': 500,
        **({'debug': 'cgrp', 'log_level': 7} if os.environ.get('GROUP_MEMBER_DEBUG') else {}),
    })
    pending = {}

    def commit(offsets):
        if not offsets:
            return True
        try:
            tps = [TopicPartition(topic, p, o) for p, o in sorted(offsets.items())]
            result = consumer.commit(offsets=tps, asynchronous=False)
            failed = [str(tp.error) for tp in result if tp.error is not None]
            if failed:
                emit(ev='commit-failed', m=name, error='; '.join(failed))
                return False
            emit(ev='commit', m=name, offsets=offsets)
            return True
        except KafkaException as e:
            emit(ev='commit-failed', m=name, error=str(e.args[0]))
            return False

    def on_assign(_consumer, tps):
        emit(ev='assign', m=name, tp=[tp.partition for tp in tps])

    def on_revoke(_consumer, tps):
        # What was consumed from the revoked partitions is committed before another member gets them.
        revoked = {tp.partition for tp in tps}
        commit({p: o for p, o in pending.items() if p in revoked})
        for p in revoked:
            pending.pop(p, None)
        emit(ev='revoke', m=name, tp=sorted(revoked))

    stop = threading.Event()
    threading.Thread(target=lambda: (sys.stdin.read(), stop.set()), daemon=True).start()
    consumer.subscribe([topic], on_assign=on_assign, on_revoke=on_revoke)
    while not stop.is_set():
        msgs = [m for m in consumer.consume(num_messages=batch, timeout=0.2) if m.error() is None]
        if msgs:
            emit(ev='records', m=name, r=[[m.partition(), m.offset()] for m in msgs])
            for m in msgs:
                pending[m.partition()] = m.offset() + 1
            if commit(dict(pending)):
                pending.clear()
            time.sleep(pause)
    emit(ev='leaving', m=name)
    for _ in range(20):
        if commit(dict(pending)):
            break
        time.sleep(0.5)
    emit(ev='closing', m=name)
    # close() revokes, leaves the group and waits for librdkafka's threads; bounded so that a
    # LeaveGroup nobody answers shows up as an event instead of a hung test.
    closer = threading.Thread(target=consumer.close, daemon=True)
    closer.start()
    closer.join(15)
    if closer.is_alive():
        emit(ev='close-timeout', m=name)
        os._exit(0)
    emit(ev='done', m=name)


def resume(bootstrap, topic, group, partitions):
    partitions = int(partitions)
    consumer = Consumer({
        'bootstrap.servers': bootstrap,
        'group.id': group,
        'enable.auto.commit': False,
        'auto.offset.reset': 'earliest',
        'session.timeout.ms': 6000,
    })
    tps = [TopicPartition(topic, p) for p in range(partitions)]
    committed = {tp.partition: tp.offset for tp in consumer.committed(tps, timeout=20)}
    ends = {p: consumer.get_watermark_offsets(TopicPartition(topic, p), timeout=10)[1] for p in range(partitions)}
    consumer.subscribe([topic])
    first, records, positions = {}, [], {}
    deadline = time.time() + 40
    while any(positions.get(p, committed[p]) < ends[p] for p in range(partitions)):
        if time.time() > deadline:
            raise SystemExit('resume: timed out at %s of %s' % (positions, ends))
        for m in consumer.consume(num_messages=500, timeout=0.5):
            if m.error() is not None:
                continue
            first.setdefault(m.partition(), m.offset())
            records.append([m.partition(), m.offset()])
            positions[m.partition()] = m.offset() + 1
    consumer.close()
    print(json.dumps({'committed': committed, 'first': first, 'ends': ends, 'records': records}))


if __name__ == '__main__':
    {'member': member, 'resume': resume}[sys.argv[1]](*sys.argv[2:])
