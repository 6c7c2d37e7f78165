package io.bulwark.cli.input;

import io.bulwark.api.load.InputFiles;
import io.bulwark.api.load.LoadResult;
import io.bulwark.api.load.PolicyExceptionLoader;
import io.bulwark.api.load.PolicyLoader;
import io.bulwark.api.policy.PolicyException;
import io.bulwark.api.policy.KyvernoPolicy;
import io.bulwark.api.problem.Problem;
import io.bulwark.api.yaml.KubeYaml;
import io.bulwark.api.yaml.YamlDocument;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Reads the CLI's inputs: paths (files, directories, {@code -} for stdin) into YAML documents,
 * then into policies or resources. Every problem is collected; nothing stops at the first.
 */
public final class Inputs {

  private Inputs() {}

  public static LoadResult<YamlDocument> documents(List<String> paths, InputStream stdin) {
    var read = InputFiles.readAll(paths, stdin);
    var documents = new ArrayList<YamlDocument>();
    var problems = new ArrayList<Problem>(read.problems());
    for (io.bulwark.api.load.Source source : read.sources()) {
      var parsed = KubeYaml.parseLenient(source.label(), source.text());
      documents.addAll(parsed.documents());
      problems.addAll(parsed.problems());
    }
    return new LoadResult<>(documents, problems);
  }

  public static LoadResult<KyvernoPolicy> policies(List<String> paths, InputStream stdin) {
    LoadResult<YamlDocument> documents = documents(paths, stdin);
    LoadResult<KyvernoPolicy> policies = PolicyLoader.load(documents.items());
    return new LoadResult<>(policies.items(), concat(documents.problems(), policies.problems()));
  }

  public static LoadResult<JsonNode> resources(List<String> paths, InputStream stdin) {
    LoadResult<YamlDocument> documents = documents(paths, stdin);
    LoadResult<JsonNode> resources = ResourceLoader.load(documents.items());
    return new LoadResult<>(resources.items(), concat(documents.problems(), resources.problems()));
  }

  /** PolicyExceptions from exception files; any other kind in them is reported. */
  public static LoadResult<PolicyException> exceptions(List<String> paths, InputStream stdin) {
    LoadResult<YamlDocument> documents = documents(paths, stdin);
    LoadResult<PolicyException> exceptions = PolicyExceptionLoader.load(documents.items(), true);
    return new LoadResult<>(exceptions.items(), concat(documents.problems(), exceptions.problems()));
  }

  private static List<Problem> concat(List<Problem> a, List<Problem> b) {
    var all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
