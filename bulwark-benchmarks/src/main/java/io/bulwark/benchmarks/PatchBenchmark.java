package io.bulwark.benchmarks;

import io.bulwark.engine.mutate.patch.JsonPatch;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * The JSON patch work of the mutating webhook on the bundled ~6 KB Pod: the diff it answers with
 * when nothing changed and after a typical mutation (a label, a pull policy per container, a
 * toleration), and applying a three-operation {@code patchesJson6902}. Run with {@code java -jar
 * bulwark-benchmarks.jar PatchBenchmark}.
 */
@State(Scope.Benchmark)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class PatchBenchmark {

  private JsonNode pod;
  private JsonNode unchanged;
  private JsonNode mutated;
  private ArrayNode operations;

  @Setup(Level.Trial)
  public void setUp() {
    JsonMapper json = JsonMapper.builder().build();
    pod = json.readTree(PodSecurityPolicies.bytes("benchmarks/reviews/pod.json")).path("request").path("object");
    unchanged = pod.deepCopy();
    operations = JsonPatch.parse("""
        - op: add
          path: /metadata/labels/team
          value: core
        - op: add
          path: /spec/tolerations/-
          value: {key: org.com/role, operator: Exists, effect: NoSchedule}
        - op: replace
          path: /spec/containers/0/imagePullPolicy
          value: Always
        """);
    JsonNode patched = JsonPatch.apply(pod, operations);
    for (JsonNode container : patched.path("spec").path("containers")) {
      ((tools.jackson.databind.node.ObjectNode) container).put("imagePullPolicy", "Always");
    }
    mutated = patched;
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public ArrayNode diffUnchanged() {
    return JsonPatch.diff(pod, unchanged);
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public ArrayNode diffMutated() {
    return JsonPatch.diff(pod, mutated);
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public JsonNode applyThreeOperations() {
    return JsonPatch.apply(pod, operations);
  }
}
