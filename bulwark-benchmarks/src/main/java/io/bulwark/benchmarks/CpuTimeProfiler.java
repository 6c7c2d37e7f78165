package io.bulwark.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * CPU time of the whole benchmark JVM (benchmark thread, GC and compiler threads alike) per
 * operation, and its inverse, operations per CPU-second. On a machine shared with other work the
 * wall-clock score swings with whatever else runs, while the CPU the JVM spent per review barely
 * moves; {@code cpu.ops.per.cpu.s} is the "per core" figure that does not depend on how much of a
 * core the benchmark got. Use with {@code -prof io.bulwark.benchmarks.CpuTimeProfiler}.
 */
public final class CpuTimeProfiler implements InternalProfiler {

  private final com.sun.management.OperatingSystemMXBean os =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private long cpuAtStart;

  @Override
  public String getDescription() {
    return "process CPU time per operation (robust to other load on the machine)";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
    cpuAtStart = os.getProcessCpuTime();
  }

  @Override
  public Collection<? extends Result> afterIteration(BenchmarkParams benchmark, IterationParams iteration,
      IterationResult result) {
    long cpuNanos = os.getProcessCpuTime() - cpuAtStart;
    long ops = result.getMetadata().getAllOps();
    if (ops <= 0 || cpuNanos <= 0) {
      return List.of();
    }
    return List.of(
        new ScalarResult("cpu.us.per.op", cpuNanos / 1e3 / ops, "us/op", AggregationPolicy.AVG),
        new ScalarResult("cpu.ops.per.cpu.s", ops / (cpuNanos / 1e9), "ops/cpu-s", AggregationPolicy.AVG));
  }
}
