import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * Readiness probe for ./stack's broker, run as a single-file program on the broker's own classpath:
 * {@code java -cp ".stack/kafka/libs/*" ops/kafka/KafkaReady.java 127.0.0.1:9092 pilots.events ...}.
 * Exits 0 once the cluster answers a metadata request with a controller and every named topic exists
 * (it creates missing ones: 3 partitions, keyed by place id, replication factor 1), otherwise 1.
 */
public class KafkaReady {

    public static void main(String[] args) throws Exception {
        String bootstrap = args[0];
        List<String> topics = Stream.of(args).skip(1).toList();
        try (Admin admin = Admin.create(java.util.Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 8000))) {
            var cluster = admin.describeCluster();
            if (cluster.controller().get(8, TimeUnit.SECONDS) == null || cluster.nodes().get(8, TimeUnit.SECONDS).isEmpty()) {
                System.err.println("no controller or broker yet");
                System.exit(1);
            }
            Set<String> existing = admin.listTopics().names().get(8, TimeUnit.SECONDS);
            List<NewTopic> missing = topics.stream().filter(t -> !existing.contains(t))
                    .map(t -> new NewTopic(t, 3, (short) 1)).toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(15, TimeUnit.SECONDS);
            }
            System.out.println("cluster " + cluster.clusterId().get() + ", topics ready: "
                    + topics.stream().collect(Collectors.joining(", ")));
        } catch (Exception e) {
            System.err.println("kafka not ready: " + e);
            System.exit(1);
        }
    }
}
