#!/usr/bin/python3
# Setup for test/integration/replication-eos.test.ts: eos_worker.py's `setup`, but on a replicated
# cluster. Creates IN and OUT with PARTITIONS partitions, replication factor 3 and
# min.insync.replicas 2, then produces COUNT records to IN with an acks=all idempotent producer:
# key b'%05d' % i, value b'in-%05d' % i, partition i % PARTITIONS (what eos_worker.py work and
# verify expect). Prints {"ends": {partition: end offset}}.
#
# Usage: eos_replicated_setup.py BOOTSTRAP IN OUT PARTITIONS COUNT
import json
import sys
import time

from confluent_kafka import Consumer, Producer, TopicPartition
from confluent_kafka.admin import AdminClient, NewTopic


def main(bootstrap, topic_in, topic_out, partitions, count):
    partitions, count = int(partitions), int(count)
    admin = AdminClient({'bootstrap.servers': bootstrap})
    topics = [NewTopic(t, partitions, 3, config={'min.insync.replicas': '2'}) for t in (topic_in, topic_out)]
    for f in admin.create_topics(topics, operation_timeout=20).values():
        f.result(30)
    # Every broker knows both topics and their leaders before the producer asks any of them.
    for _ in range(100):
        md = admin.list_topics(timeout=10)
        known = [md.topics.get(t) for t in (topic_in, topic_out)]
        if all(t is not None and len(t.partitions) == partitions and all(p.leader >= 0 for p in t.partitions.values()) for t in known):
            break
        time.sleep(0.1)
    errors = []

    def report(err, _msg):
        if err is not None:
            errors.append(str(err))

    producer = Producer({'bootstrap.servers': bootstrap, 'enable.idempotence': True, 'acks': 'all', 'linger.ms': 5})
    for i in range(count):
        while True:
            try:
                producer.produce(topic_in, key=b'%05d' % i, value=b'in-%05d' % i, partition=i % partitions, on_delivery=report)
                break
            except BufferError:
                producer.poll(0.05)
        producer.poll(0)
    remaining = producer.flush(30)
    if errors or remaining:
        raise SystemExit('setup: delivery failed: %s (%d errors, %d undelivered)' % (errors[:5], len(errors), remaining))
    consumer = Consumer({'bootstrap.servers': bootstrap, 'group.id': 'eos-setup'})
    ends = {p: consumer.get_watermark_offsets(TopicPartition(topic_in, p), timeout=10)[1] for p in range(partitions)}
    consumer.close()
    print(json.dumps({'ends': ends}))


if __name__ == '__main__':
    main(*sys.argv[1:])
