"""Stock Python Kafka clients driven by the integration tests (test/integration/*.test.ts).

Usage: clients.py COMMAND BOOTSTRAP [ARGS...] [key=value ...]; prints one JSON document on stdout.
confluent-kafka (librdkafka) commands start with ck-, kafka-python commands with kp-.
Run with Debian's /usr/bin/python3 (python3-confluent-kafka, python3-kafka and its codecs).

Records are JSON objects {"p": partition, "o": offset, "ts": timestamp ms,
"k": key hex or null, "v": value hex or null, "h": [[name, value hex or null], ...]}.
Producers read a JSON list of records (p, ts and h optional) on stdin and print
[partition, offset] per record, in input order. Consumers print the records of
every partition from the start (or offset=N) in (partition, offset) order, or
with summary=1 only counts and a digest.
"""

import hashlib
import json
import sys
import time


def unhex(text):
    return None if text is None else bytes.fromhex(text)


def tohex(data):
    return None if data is None else bytes(data).hex()


def parse_options(pairs):
    options = {}
    for pair in pairs:
        key, _, value = pair.partition("=")
        options[key] = int(value) if value.lstrip("-").isdigit() else value
    return options


def summarize(records):
    digest = hashlib.sha256()
    per_partition = {}
    for r in records:
        digest.update(json.dumps([r["p"], r["o"], r["k"], r["v"], r["h"]]).encode())
        first, last, count = per_partition.get(r["p"], (r["o"], r["o"], 0))
        per_partition[r["p"]] = (min(first, r["o"]), max(last, r["o"]), count + 1)
    return {
        "count": len(records),
        "sha256": digest.hexdigest(),
        "partitions": {str(p): list(v) for p, v in sorted(per_partition.items())},
    }


def finish(records, options):
    records.sort(key=lambda r: (r["p"], r["o"]))
    return summarize(records) if options.pop("summary", 0) else records


# --- confluent-kafka ---------------------------------------------------------


def ck_metadata(bootstrap, topic=None):
    from confluent_kafka.admin import AdminClient

    admin = AdminClient({"bootstrap.servers": bootstrap})
    md = admin.list_topics(topic=topic, timeout=10)
    return {
        "clusterId": md.cluster_id,
        "controllerId": md.controller_id,
        "brokers": {str(b.id): [b.host, b.port] for b in md.brokers.values()},
        "topics": {
            name: {
                "error": None if t.error is None else t.error.code(),
                "partitions": sorted(
                    [p.id, p.leader, list(p.replicas), list(p.isrs)] for p in t.partitions.values()
                ),
            }
            for name, t in md.topics.items()
        },
    }


def ck_produce(bootstrap, topic, *pairs):
    from confluent_kafka import Producer

    conf = {"bootstrap.servers": bootstrap, "linger.ms": 5}
    conf.update(parse_options(pairs))
    producer = Producer(conf)
    records = json.load(sys.stdin)
    results = [None] * len(records)
    errors = []

    def report(index):
        def callback(err, msg):
            if err is not None:
                errors.append([index, str(err)])
            else:
                results[index] = [msg.partition(), msg.offset()]

        return callback

    for index, r in enumerate(records):
        kwargs = {"value": unhex(r.get("v")), "key": unhex(r.get("k")), "on_delivery": report(index)}
        if r.get("p") is not None:
            kwargs["partition"] = r["p"]
        if r.get("h"):
            kwargs["headers"] = [(name, unhex(value)) for name, value in r["h"]]
        if r.get("ts") is not None:
            kwargs["timestamp"] = r["ts"]
        while True:
            try:
                producer.produce(topic, **kwargs)
                break
            except BufferError:
                producer.poll(0.05)
        producer.poll(0)
    remaining = producer.flush(30)
    if errors or remaining:
        raise SystemExit(f"delivery failed: {errors[:5]} ({len(errors)} errors, {remaining} undelivered)")
    return results


def ck_consume(bootstrap, topic, *pairs):
    from confluent_kafka import OFFSET_BEGINNING, Consumer, KafkaError, TopicPartition

    options = parse_options(pairs)
    start = options.pop("offset", OFFSET_BEGINNING)
    timeout = options.pop("timeout", 20)
    summary = options.pop("summary", 0)
    conf = {
        "bootstrap.servers": bootstrap,
        "group.id": "oxbow-it-unused",  # required by the client; only assign() is used, no group protocol
        "enable.auto.commit": False,
        "enable.partition.eof": True,
    }
    conf.update(options)
    consumer = Consumer(conf)
    md = consumer.list_topics(topic, timeout=10)
    partitions = sorted(md.topics[topic].partitions)
    consumer.assign([TopicPartition(topic, p, start) for p in partitions])
    records = []
    at_eof = set()
    deadline = time.time() + timeout
    while len(at_eof) < len(partitions):
        if time.time() > deadline:
            raise SystemExit(f"timed out with {len(records)} records, eof on {sorted(at_eof)} of {partitions}")
        for msg in consumer.consume(10000, 0.5):
            if msg.error() is not None:
                if msg.error().code() == KafkaError._PARTITION_EOF:
                    at_eof.add(msg.partition())
                    continue
                raise SystemExit(f"consume error: {msg.error()}")
            at_eof.discard(msg.partition())
            records.append(
                {
                    "p": msg.partition(),
                    "o": msg.offset(),
                    "ts": msg.timestamp()[1],
                    "k": tohex(msg.key()),
                    "v": tohex(msg.value()),
                    "h": [[name, tohex(value)] for name, value in (msg.headers() or [])],
                }
            )
    consumer.close()
    return finish(records, {"summary": summary})


def ck_offsets(bootstrap, topic, *timestamps):
    """Per partition: low and high watermarks, and offsets_for_times for each timestamp (-1 if none)."""
    from confluent_kafka import Consumer, TopicPartition

    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": "oxbow-it-unused", "enable.auto.commit": False})
    md = consumer.list_topics(topic, timeout=10)
    result = {}
    for p in sorted(md.topics[topic].partitions):
        low, high = consumer.get_watermark_offsets(TopicPartition(topic, p), timeout=10)
        # One call per timestamp: librdkafka does not support one partition twice in a request.
        times = [consumer.offsets_for_times([TopicPartition(topic, p, int(ts))], timeout=10)[0].offset for ts in timestamps]
        result[str(p)] = {"low": low, "high": high, "times": times}
    consumer.close()
    return result


def ck_admin(bootstrap):
    """Runs the admin operations listed on stdin, in order; prints one result per operation.

    Operations: {"op": "create", "topics": [{"name", "partitions", "replication", "config"}], "validate": bool}
    -> {name: error code or null}; {"op": "describe", "topic"} -> {config name: [value, source,
    read_only, default, sensitive]}; {"op": "alter", "topic", "config": {...}} -> error code or null;
    {"op": "partitions", "topic", "count"} -> error code or null; {"op": "delete", "topics": [...]}
    -> {name: error code or null}.
    """
    from confluent_kafka import KafkaException
    from confluent_kafka.admin import AdminClient, ConfigResource, NewPartitions, NewTopic

    admin = AdminClient({"bootstrap.servers": bootstrap})

    def outcome(future):
        try:
            future.result(timeout=15)
            return None
        except KafkaException as e:
            return e.args[0].code()

    results = []
    for op in json.load(sys.stdin):
        kind = op["op"]
        if kind == "create":
            topics = [
                NewTopic(t["name"], t.get("partitions", 1), t.get("replication", 1), config=t.get("config", {}))
                for t in op["topics"]
            ]
            futures = admin.create_topics(topics, validate_only=op.get("validate", False), operation_timeout=10)
            results.append({name: outcome(f) for name, f in futures.items()})
        elif kind == "describe":
            futures = admin.describe_configs([ConfigResource("topic", op["topic"])])
            (future,) = futures.values()
            try:
                entries = future.result(timeout=15)
                results.append(
                    {
                        name: [e.value, e.source, e.is_read_only, e.is_default, e.is_sensitive]
                        for name, e in entries.items()
                    }
                )
            except KafkaException as e:
                results.append(e.args[0].code())
        elif kind == "alter":
            futures = admin.alter_configs([ConfigResource("topic", op["topic"], set_config=op["config"])])
            (future,) = futures.values()
            results.append(outcome(future))
        elif kind == "partitions":
            futures = admin.create_partitions([NewPartitions(op["topic"], op["count"])], operation_timeout=10)
            (future,) = futures.values()
            results.append(outcome(future))
        elif kind == "delete":
            futures = admin.delete_topics(op["topics"], operation_timeout=10)
            results.append({name: outcome(f) for name, f in futures.items()})
        else:
            raise SystemExit(f"unknown admin op {kind}")
    return results


# --- kafka-python ------------------------------------------------------------


def kp_topics(bootstrap):
    from kafka import KafkaConsumer

    consumer = KafkaConsumer(bootstrap_servers=bootstrap, request_timeout_ms=10000, api_version_auto_timeout_ms=10000)
    try:
        topics = consumer.topics()
        return {
            "topics": sorted(topics),
            "partitions": {t: sorted(consumer.partitions_for_topic(t) or []) for t in topics},
        }
    finally:
        consumer.close()


def kp_produce(bootstrap, topic, *pairs):
    from kafka import KafkaProducer

    conf = {"bootstrap_servers": bootstrap, "linger_ms": 5}
    conf.update(parse_options(pairs))
    if "acks" in conf and conf["acks"] == "all":
        conf["acks"] = "all"
    producer = KafkaProducer(**conf)
    futures = []
    for r in json.load(sys.stdin):
        futures.append(
            producer.send(
                topic,
                value=unhex(r.get("v")),
                key=unhex(r.get("k")),
                partition=r.get("p"),
                headers=[(name, unhex(value)) for name, value in r.get("h") or []],
                timestamp_ms=r.get("ts"),
            )
        )
    producer.flush(30)
    results = []
    for future in futures:
        md = future.get(timeout=30)
        results.append([md.partition, md.offset])
    producer.close()
    return results


def kp_consume(bootstrap, topic, *pairs):
    from kafka import KafkaConsumer, TopicPartition

    options = parse_options(pairs)
    count = options.pop("count")
    start = options.pop("offset", None)
    timeout = options.pop("timeout", 20)
    summary = options.pop("summary", 0)
    conf = {
        "bootstrap_servers": bootstrap,
        "group_id": None,
        "enable_auto_commit": False,
        "auto_offset_reset": "earliest",
    }
    conf.update(options)
    consumer = KafkaConsumer(**conf)
    partitions = [TopicPartition(topic, p) for p in sorted(consumer.partitions_for_topic(topic) or [])]
    consumer.assign(partitions)
    if start is None:
        consumer.seek_to_beginning()
    else:
        for tp in partitions:
            consumer.seek(tp, start)
    records = []
    deadline = time.time() + timeout
    while len(records) < count:
        if time.time() > deadline:
            raise SystemExit(f"timed out with {len(records)} of {count} records")
        for tp, messages in consumer.poll(timeout_ms=500).items():
            for msg in messages:
                records.append(
                    {
                        "p": msg.partition,
                        "o": msg.offset,
                        "ts": msg.timestamp,
                        "k": tohex(msg.key),
                        "v": tohex(msg.value),
                        "h": [[name, tohex(value)] for name, value in msg.headers],
                    }
                )
    consumer.close()
    return finish(records, {"summary": summary})


def kp_offsets(bootstrap, topic, *timestamps):
    """Per partition: beginning and end offsets, and offsets_for_times for each timestamp (null if none)."""
    from kafka import KafkaConsumer, TopicPartition

    consumer = KafkaConsumer(bootstrap_servers=bootstrap, group_id=None, enable_auto_commit=False)
    partitions = [TopicPartition(topic, p) for p in sorted(consumer.partitions_for_topic(topic) or [])]
    begin = consumer.beginning_offsets(partitions)
    end = consumer.end_offsets(partitions)
    result = {}
    for tp in partitions:
        times = []
        for ts in timestamps:
            found = consumer.offsets_for_times({tp: int(ts)})[tp]
            times.append(None if found is None else [found.offset, found.timestamp])
        result[str(tp.partition)] = {"low": begin[tp], "high": end[tp], "times": times}
    consumer.close()
    return result


def kp_admin(bootstrap):
    """kafka-python's KafkaAdminClient: create, describe (configs), delete; same shapes as ck-admin."""
    from kafka.admin import ConfigResource, ConfigResourceType, KafkaAdminClient, NewTopic
    from kafka.errors import KafkaError

    admin = KafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=15000)
    results = []
    for op in json.load(sys.stdin):
        kind = op["op"]
        if kind == "create":
            topics = [
                NewTopic(t["name"], t.get("partitions", 1), t.get("replication", 1), topic_configs=t.get("config", {}))
                for t in op["topics"]
            ]
            try:
                response = admin.create_topics(topics, validate_only=op.get("validate", False))
                results.append({name: (code or None) for name, code, *_ in response.topic_errors})
            except KafkaError as e:  # kafka-python raises on the first topic error
                results.append({t.name: e.errno for t in topics})
        elif kind == "describe":
            (response,) = admin.describe_configs([ConfigResource(ConfigResourceType.TOPIC, op["topic"])])
            (resource,) = response.resources
            error_code, _message, _type, _name, entries = resource
            if error_code:
                results.append(error_code)
            else:
                results.append({e[0]: [e[1], e[3], e[2], e[3] == 5, e[4]] for e in entries})
        elif kind == "delete":
            try:
                response = admin.delete_topics(op["topics"])
                results.append({name: (code or None) for name, code, *_ in response.topic_error_codes})
            except KafkaError as e:
                results.append({name: e.errno for name in op["topics"]})
        elif kind == "cluster":
            results.append(admin.describe_cluster())
        else:
            raise SystemExit(f"unknown admin op {kind}")
    admin.close()
    return results


COMMANDS = {
    "ck-admin": ck_admin,
    "kp-admin": kp_admin,
    "ck-offsets": ck_offsets,
    "kp-offsets": kp_offsets,
    "ck-metadata": ck_metadata,
    "ck-produce": ck_produce,
    "ck-consume": ck_consume,
    "kp-topics": kp_topics,
    "kp-produce": kp_produce,
    "kp-consume": kp_consume,
}

if __name__ == "__main__":
    command, *args = sys.argv[1:]
    print(json.dumps(COMMANDS[command](*args)))
