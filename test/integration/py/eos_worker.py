# Exactly-once consume-transform-produce with librdkafka (python3-confluent-kafka), driven by
# test/integration/eos-kill9.test.ts, which kill -9s this process and the broker under it.
#
# Usage:
#   eos_worker.py setup BOOTSTRAP IN OUT PARTITIONS COUNT
#       creates IN and OUT with PARTITIONS partitions and produces COUNT records to IN once with an
#       idempotent producer: key b'%05d' % i, value b'in-%05d' % i, partition i % PARTITIONS.
#       Prints {"ends": {partition: end offset}}.
#   eos_worker.py work BOOTSTRAP IN OUT GROUP TXN_ID BATCH ENDS
#       the worker: a read_committed consumer of IN in GROUP (static member, manual commits) and a
#       transactional producer (TXN_ID). Per poll of up to BATCH records: begin_transaction,
#       produce value + b'-out' (same key, same partition) to OUT, send_offsets_to_transaction
#       with the consumer's positions, commit_transaction. Abortable errors abort the
#       transaction and rewind the consumer to the committed offsets (as confluent's EOS example);
#       retriable commit errors retry the commit; fatal errors exit 3 (the test restarts it).
#       ENDS is "p:end,p:end,...": it exits 0 once GROUP's committed offsets reach them.
#       Prints one JSON line per event: {"ev": "commit", "n": records}, {"ev": "abort", ...},
#       {"ev": "done"}.
#   eos_worker.py verify BOOTSTRAP IN OUT GROUP PARTITIONS
#       reads every partition of OUT to its end with read_committed (and counts read_uncommitted),
#       and prints the values read, GROUP's committed offsets on IN and IN's end offsets.
import json
import sys
import time

from confluent_kafka import Consumer, KafkaError, KafkaException, Producer, TopicPartition

OFFSET_BEGINNING = -2


def emit(**fields):
    fields['t'] = round(time.time(), 3)
    print(json.dumps(fields), flush=True)


def setup(bootstrap, topic_in, topic_out, partitions, count):
    from confluent_kafka.admin import AdminClient, NewTopic

    partitions, count = int(partitions), int(count)
    admin = AdminClient({'bootstrap.servers': bootstrap})
    futures = admin.create_topics([NewTopic(t, partitions, 1) for t in (topic_in, topic_out)], operation_timeout=20)
    for f in futures.values():
        f.result(30)
    errors = []

    def report(err, _msg):
        if err is not None:
            errors.append(str(err))

    producer = Producer({'bootstrap.servers': bootstrap, 'enable.idempotence': True, 'linger.ms': 5})
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


def committed_offsets(consumer, topic, partitions):
    tps = consumer.committed([TopicPartition(topic, p) for p in partitions], timeout=10)
    return {tp.partition: tp.offset for tp in tps}


def work(bootstrap, topic_in, topic_out, group, txn_id, batch, ends_text):
    batch = int(batch)
    ends = {int(p): int(e) for p, e in (pair.split(':') for pair in ends_text.split(','))}
    consumer = Consumer({
        'bootstrap.servers': bootstrap,
        'group.id': group,
        # Static membership: a restarted worker replaces the killed one at once instead of waiting
        # for its session to expire.
        'group.instance.id': 'eos-worker',
        'session.timeout.ms': 6000,
        'isolation.level': 'read_committed',
        'enable.auto.commit': False,
        'auto.offset.reset': 'earliest',
        'reconnect.backoff.ms': 50,
        'reconnect.backoff.max.ms': 500,
    })
    producer = Producer({
        'bootstrap.servers': bootstrap,
        'transactional.id': txn_id,
        'transaction.timeout.ms': 10000,
        'linger.ms': 5,
        'retry.backoff.ms': 50,
        'reconnect.backoff.ms': 50,
        'reconnect.backoff.max.ms': 500,
    })
    producer.init_transactions(30)
    emit(ev='init')
    consumer.subscribe([topic_in])

    def rewind():
        assignment = consumer.assignment()
        if not assignment:
            return
        for tp in consumer.committed(assignment, timeout=10):
            if tp.offset < 0:
                tp.offset = OFFSET_BEGINNING
            consumer.seek(tp)

    def finished():
        got = committed_offsets(consumer, topic_in, sorted(ends))
        return all(got[p] == e for p, e in ends.items())

    while True:
        msgs = consumer.consume(num_messages=batch, timeout=0.5)
        msgs = [m for m in msgs if not m.error() or emit(ev='consume-error', error=str(m.error()))]
        if not msgs:
            if finished():
                emit(ev='done')
                break
            continue
        try:
            producer.begin_transaction()
            for m in msgs:
                while True:
                    try:
                        producer.produce(topic_out, key=m.key(), value=m.value() + b'-out', partition=m.partition())
                        break
                    except BufferError:
                        producer.poll(0.05)
            positions = [tp for tp in consumer.position(consumer.assignment()) if tp.offset >= 0]
            producer.send_offsets_to_transaction(positions, consumer.consumer_group_metadata(), 20)
            for attempt in range(10):
                try:
                    producer.commit_transaction(20)
                    break
                except KafkaException as e:
                    if not e.args[0].retriable() or attempt == 9:
                        raise
                    emit(ev='commit-retry', error=str(e.args[0]))
            emit(ev='commit', n=len(msgs), offsets={tp.partition: tp.offset for tp in positions})
        except KafkaException as e:
            err = e.args[0]
            if err.fatal() or not err.txn_requires_abort():
                emit(ev='fatal', error=str(err))
                sys.exit(3)
            emit(ev='abort', n=len(msgs), error=str(err))
            producer.abort_transaction(20)
            rewind()
    consumer.close()


def read_all(bootstrap, topic, partitions, isolation):
    consumer = Consumer({
        'bootstrap.servers': bootstrap,
        'group.id': 'eos-verify',
        'isolation.level': isolation,
        'enable.auto.commit': False,
        'enable.partition.eof': True,
    })
    consumer.assign([TopicPartition(topic, p, 0) for p in range(partitions)])
    records, errors, eof = [], [], set()
    deadline = time.time() + 30
    while len(eof) < partitions and time.time() < deadline:
        msg = consumer.poll(0.2)
        if msg is None:
            continue
        if msg.error():
            if msg.error().code() == KafkaError._PARTITION_EOF:
                eof.add(msg.partition())
            else:
                errors.append(str(msg.error()))
            continue
        eof.discard(msg.partition())
        records.append([msg.partition(), msg.offset(), msg.value().decode()])
    consumer.close()
    if len(eof) < partitions:
        errors.append('%s: no end of partition for %s within 30 s' % (isolation, sorted(set(range(partitions)) - eof)))
    return records, errors


def verify(bootstrap, topic_in, topic_out, group, partitions):
    partitions = int(partitions)
    committed, errors = read_all(bootstrap, topic_out, partitions, 'read_committed')
    uncommitted, errors2 = read_all(bootstrap, topic_out, partitions, 'read_uncommitted')
    c = Consumer({'bootstrap.servers': bootstrap, 'group.id': group, 'isolation.level': 'read_committed', 'enable.auto.commit': False})
    offsets = committed_offsets(c, topic_in, range(partitions))
    ends = {p: c.get_watermark_offsets(TopicPartition(topic_in, p), timeout=10)[1] for p in range(partitions)}
    out_ends = {p: c.get_watermark_offsets(TopicPartition(topic_out, p), timeout=10)[1] for p in range(partitions)}
    c.close()
    print(json.dumps({
        'errors': errors + errors2,
        'records': committed,
        'uncommittedCount': len(uncommitted),
        'committed': offsets,
        'ends': ends,
        'outEnds': out_ends,
    }))


if __name__ == '__main__':
    {'setup': setup, 'work': work, 'verify': verify}[sys.argv[1]](*sys.argv[2:])
