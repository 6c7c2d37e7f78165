package io.bulwark.cli.testfile;

import io.bulwark.api.problem.SourceLocation;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A Kyverno CLI test file ({@code apiVersion: cli.kyverno.io/v1alpha1}, {@code kind: Test}): what to
 * load, relative to the file's folder, and the results expected. Fields that need later Bulwark
 * versions (target resources, cluster resources, API call mocks) are kept so a run can say so.
 */
public record TestFile(
    Path path,
    String displayPath,
    String name,
    List<String> policies,
    List<String> resources,
    List<String> exceptions,
    List<String> targetResources,
    String variables,
    JsonNode values,
    String userInfo,
    List<Expectation> results,
    JsonNode apiCallResponses,
    JsonNode globalContextEntries) {

  public TestFile {
    policies = List.copyOf(policies);
    resources = List.copyOf(resources);
    exceptions = List.copyOf(exceptions);
    targetResources = List.copyOf(targetResources);
    results = List.copyOf(results);
  }

  /** The folder that relative paths in the file are resolved against. */
  public Path directory() {
    Path parent = path.toAbsolutePath().getParent();
    return parent == null ? Path.of(".") : parent;
  }

  /**
   * One entry of {@code results}: a policy and rule, the resources it names ({@code name} or
   * {@code namespace/name}; empty means every resource), and the expected result.
   */
  public record Expectation(
      String policy,
      String rule,
      List<String> resources,
      String kind,
      String result,
      String operation,
      String patchedResource,
      String generatedResource,
      String cloneSourceResource,
      boolean celPolicy,
      SourceLocation location,
      List<String> generatedResources) {

    public Expectation {
      resources = List.copyOf(resources);
      generatedResources = List.copyOf(generatedResources);
    }

    /** The policy's name without a {@code namespace/} prefix. */
    public String policyName() {
      int slash = policy.lastIndexOf('/');
      return slash < 0 ? policy : policy.substring(slash + 1);
    }
  }
}
