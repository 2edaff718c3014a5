# A librdkafka (confluent-kafka) transactional producer against one partition: a committed
# transaction (commit-a-*), an aborted one (abort-*), and another committed one (commit-b-*), the
# first two also sending consumer offsets of GROUP to the transaction (send_offsets_to_transaction:
# 5 committed, 9 aborted). Then a consumer with ISOLATION (read_committed or read_uncommitted)
# reads the partition until it has EXPECT values and one more second, and a read_committed
# consumer of GROUP asks for the group's committed offset.
# Prints one JSON line: errors, the values read, and the committed offset.
# Usage: read_committed.py BOOTSTRAP TOPIC COUNT TRANSACTIONAL_ID GROUP ISOLATION EXPECT
import json
import sys
import time

from confluent_kafka import Consumer, KafkaException, Producer, TopicPartition

bootstrap, topic, count, txn_id, group, isolation, expect = sys.argv[1:8]
count, expect = int(count), int(expect)
errors = []


def report(err, _msg):
    if err is not None:
        errors.append(str(err))


def group_metadata():
    c = Consumer({'bootstrap.servers': bootstrap, 'group.id': group, 'enable.auto.commit': False})
    c.assign([TopicPartition(topic, 0, 0)])
    return c, c.consumer_group_metadata()


producer = Producer({'bootstrap.servers': bootstrap, 'transactional.id': txn_id, 'linger.ms': 5})
try:
    producer.init_transactions(20)
    for name, offset, end in (('commit-a', 5, 'commit'), ('abort', 9, 'abort'), ('commit-b', None, 'commit')):
        producer.begin_transaction()
        for i in range(count):
            producer.produce(topic, value=('%s-%d' % (name, i)).encode(), partition=0, on_delivery=report)
        producer.flush(20)
        if offset is not None:
            c, metadata = group_metadata()
            producer.send_offsets_to_transaction([TopicPartition(topic, 0, offset)], metadata, 20)
            c.close()
        if end == 'commit':
            producer.commit_transaction(20)
        else:
            producer.abort_transaction(20)
except KafkaException as e:
    errors.append(str(e))

consumer = Consumer({
    'bootstrap.servers': bootstrap,
    'group.id': 'reader',
    'isolation.level': isolation,
    'enable.auto.commit': False,
})
consumer.assign([TopicPartition(topic, 0, 0)])
values = []
deadline = time.time() + 20
settle = None
while time.time() < deadline and (settle is None or time.time() < settle):
    msg = consumer.poll(0.1)
    if msg is not None:
        if msg.error():
            errors.append(str(msg.error()))
        else:
            values.append(msg.value().decode())
    if settle is None and len(values) >= expect:
        settle = time.time() + 1
consumer.close()

committed = Consumer({
    'bootstrap.servers': bootstrap,
    'group.id': group,
    'isolation.level': 'read_committed',
    'enable.auto.commit': False,
})
offset = committed.committed([TopicPartition(topic, 0)], 20)[0].offset
committed.close()
print(json.dumps({'errors': errors, 'values': values, 'committed': offset}))
