package org.totalplace.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

import java.util.Map;

/**
 * A real Kafka broker (KRaft, combined broker and controller, one node) running inside the test JVM.
 * Started once per JVM and shared by every Quarkus start in it; sets {@code kafka.bootstrap.servers}.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    private static KafkaClusterTestKit cluster;

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", bootstrapServers());
    }

    /** Starts the broker on first use and returns its bootstrap address. */
    public static synchronized String bootstrapServers() {
        if (cluster == null) {
            try {
                KafkaClusterTestKit kit = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                        .setCombined(true)
                        .setNumBrokerNodes(1)
                        .setNumControllerNodes(1)
                        .build())
                        .setConfigProp("offsets.topic.replication.factor", "1")
                        .setConfigProp("transaction.state.log.replication.factor", "1")
                        .setConfigProp("transaction.state.log.min.isr", "1")
                        .setConfigProp("share.coordinator.state.topic.replication.factor", "1")
                        .setConfigProp("share.coordinator.state.topic.min.isr", "1")
                        .setConfigProp("group.initial.rebalance.delay.ms", "0")
                        .setConfigProp("num.partitions", "3")
                        .setConfigProp("auto.create.topics.enable", "true")
                        .build();
                kit.format();
                kit.startup();
                kit.waitForReadyBrokers();
                cluster = kit;
                Runtime.getRuntime().addShutdownHook(new Thread(KafkaTestResource::shutdown));
            } catch (Exception e) {
                throw new IllegalStateException("cannot start the in-JVM Kafka broker: " + e.getMessage(), e);
            }
        }
        return cluster.bootstrapServers();
    }

    @Override
    public void stop() {
        // shut down with the JVM, after the last Quarkus start that uses it
    }

    // bounded: on a loaded machine a clean broker shutdown can outlast surefire's patience with the exiting fork
    private static synchronized void shutdown() {
        if (cluster != null) {
            KafkaClusterTestKit closing = cluster;
            cluster = null;
            Thread closer = new Thread(() -> {
                try {
                    closing.close();
                } catch (Exception ignored) {
                    // the JVM is going away
                }
            }, "kafka-test-shutdown");
            closer.setDaemon(true);
            closer.start();
            try {
                closer.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
