package io.bulwark.engine.context;

import io.bulwark.engine.jmespath.JmesPathException;
import io.bulwark.engine.jmespath.GoJson;
import io.bulwark.engine.variables.SubstitutionException;
import io.bulwark.engine.variables.Variables;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;

/**
 * Loads a rule's (or a foreach's) {@code context} entries into a {@link JsonContext}, in order,
 * each able to use the ones before it: {@code variable} (value, jmesPath, default), {@code
 * configMap}, {@code apiCall}, {@code globalReference}, {@code imageRegistry}. External entries go
 * through the {@link ContextProvider}. Throws {@link ContextException} with Kyverno's wording when
 * an entry cannot be loaded.
 */
public final class ContextLoader {

  private final ContextProvider provider;

  public ContextLoader(ContextProvider provider) {
    this.provider = provider;
  }

  /**
   * Loads every entry in order and stops at the first that fails, throwing its {@link
   * ContextException} (Kyverno's loader with deferred loading turned off).
   */
  public void load(List<JsonNode> entries, JsonContext context) {
    for (JsonNode entry : entries) {
      loadEntry(entry, context);
    }
  }

  /**
   * Loads the entries as Kyverno's default deferred loading leaves them: an entry that fails is
   * left out of the context (Kyverno only logs it), so its failure shows where a variable reads
   * the entry, as an unknown key. Returns those failures. Throws {@link ContextException} only
   * for an entry of no known type.
   */
  public List<ContextException> loadLeniently(List<JsonNode> entries, JsonContext context) {
    var failures = new ArrayList<ContextException>();
    for (JsonNode entry : entries) {
      try {
        loadEntry(entry, context);
      } catch (UnknownEntryException e) {
        throw e;
      } catch (ContextException e) {
        failures.add(e);
      } catch (JmesPathException e) {
        failures.add(new ContextException("failed to load context entry " + entry.path("name").asString("")
            + ": " + e.getMessage(), e));
      }
    }
    return failures;
  }

  /** An entry with none of the known types: a policy error, never deferred. */
  static final class UnknownEntryException extends ContextException {
    UnknownEntryException(String message) {
      super(message);
    }
  }

  private void loadEntry(JsonNode entry, JsonContext context) {
    String name = entry.path("name").asString("");
    if (entry.has("variable")) {
      context.put(name, variable(name, entry.get("variable"), context));
    } else if (entry.has("configMap")) {
      external(name, entry, context, () -> {
        JsonNode ref = substitute(entry.get("configMap"), context, name);
        String namespace = ref.path("namespace").asString("default");
        String cmName = ref.path("name").asString("");
        return provider.configMap(namespace.isEmpty() ? "default" : namespace, cmName)
            .orElseThrow(() -> new ContextException("failed to load context entry " + name
                + ": configmap " + namespace + "/" + cmName + " not found"));
      });
    } else if (entry.has("apiCall")) {
      external(name, entry, context, () -> apiCall(name, entry.get("apiCall"), context));
    } else if (entry.has("globalReference")) {
      external(name, entry, context, () -> globalReference(name, entry.get("globalReference"), context));
    } else if (entry.has("imageRegistry")) {
      external(name, entry, context, () -> imageRegistry(name, entry.get("imageRegistry"), context));
    } else {
      throw new UnknownEntryException("context entry " + name + " has no variable, configMap, apiCall,"
          + " globalReference or imageRegistry");
    }
  }

  private interface Loader {
    JsonNode load();
  }

  private void external(String name, JsonNode entry, JsonContext context, Loader loader) {
    if (!provider.servesExternalEntries()) {
      // Kyverno's CLI without a cluster leaves these entries out; values files stand in for them.
      return;
    }
    context.put(name, loader.load());
  }

  /**
   * Kyverno's variable loader (loaders/variable.go): {@code jmesPath} applies to {@code value}
   * when there is one, else to the whole context; {@code default} stands in when that query fails,
   * or, querying the context, when it gives null. A null result is an error.
   */
  private JsonNode variable(String name, JsonNode variable, JsonContext context) {
    String path = "";
    if (variable.hasNonNull("jmesPath")) {
      JsonNode raw = variable.get("jmesPath");
      JsonNode substituted;
      try {
        substituted = Variables.substituteAll(raw, context);
      } catch (SubstitutionException e) {
        throw new ContextException("failed to substitute variables in context entry " + name + " "
            + raw.asString("") + ": " + e.getMessage(), e);
      }
      if (!substituted.isString()) {
        throw new ContextException("jmespath value must be a string " + name + " " + raw.asString("") + ": <nil>");
      }
      path = substituted.stringValue();
    }
    JsonNode defaultValue = null;
    if (variable.has("default")) {
      defaultValue = substitute(variable.get("default"), context, name);
      if (defaultValue.isNull()) {
        defaultValue = null;
      }
    }
    JsonNode output = defaultValue;
    if (variable.has("value")) {
      JsonNode value;
      try {
        value = Variables.substituteAll(variable.get("value"), context);
      } catch (SubstitutionException e) {
        throw new ContextException("failed to substitute variables in context entry " + name + " "
            + GoJson.marshal(variable.get("value")) + ": " + e.getMessage(), e);
      }
      if (!path.isEmpty()) {
        try {
          // A query that succeeds wins even when it gives null: the default is for failures.
          output = JsonContext.compile(path).search(value);
        } catch (JmesPathException e) {
          if (defaultValue == null) {
            throw new ContextException("failed to apply jmespath " + path + " to variable "
                + GoJson.marshal(value) + ": " + e.getMessage(), e);
          }
        }
      } else {
        output = value;
      }
    } else if (!path.isEmpty()) {
      try {
        JsonNode found = context.query(path);
        if (found != null && !found.isNull()) {
          output = found;
        }
      } catch (ContextException e) {
        if (defaultValue == null) {
          // Go prints the failed query's nil result as <nil>.
          throw new ContextException("failed to apply jmespath " + path + " to variable <nil>: " + e.getMessage(), e);
        }
      }
    }
    if (output == null || output.isNull() || output.isMissingNode()) {
      throw new ContextException("failed to add context entry for variable " + name
          + " since it evaluated to nil");
    }
    return output;
  }

  private JsonNode apiCall(String name, JsonNode call, JsonContext context) {
    JsonNode resolved = substitute(call, context, name);
    String target = resolved.hasNonNull("urlPath") ? resolved.get("urlPath").asString("")
        : resolved.path("service").path("url").asString("");
    String method = resolved.path("method").asString("GET");
    Optional<JsonNode> response = provider.apiCall(target, method, resolved.get("data"));
    JsonNode result = null;
    if (response.isPresent()) {
      result = response.get();
      String path = resolved.path("jmesPath").asString("");
      if (!path.isEmpty()) {
        try {
          result = JsonContext.compile(path).search(result);
        } catch (JmesPathException e) {
          result = null;
        }
      }
    }
    if (result == null || result.isNull()) {
      if (resolved.has("default")) {
        return resolved.get("default");
      }
      throw new ContextException("failed to load context entry " + name + ": the API call " + method + " "
          + target + " returned no data");
    }
    return result;
  }

  private JsonNode globalReference(String name, JsonNode reference, JsonContext context) {
    JsonNode resolved = substitute(reference, context, name);
    String entry = resolved.path("name").asString("");
    JsonNode data = provider.globalContext(entry).orElseThrow(() -> new ContextException(
        "failed to load context entry " + name + ": global context entry " + entry + " not found"));
    String path = resolved.path("jmesPath").asString("");
    return path.isEmpty() ? data : JsonContext.compile(path).search(data);
  }

  private JsonNode imageRegistry(String name, JsonNode registry, JsonContext context) {
    JsonNode resolved = substitute(registry, context, name);
    String reference = resolved.path("reference").asString("");
    JsonNode data = provider.imageData(reference).orElseThrow(() -> new ContextException(
        "failed to load context entry " + name + ": image data for " + reference + " not available"));
    String path = resolved.path("jmesPath").asString("");
    return path.isEmpty() ? data : JsonContext.compile(path).search(data);
  }

  private static JsonNode substitute(JsonNode node, JsonContext context, String name) {
    try {
      JsonNode out = Variables.substituteAll(node, context);
      return out == null ? NullNode.getInstance() : out;
    } catch (SubstitutionException e) {
      throw new ContextException("failed to substitute variables in context entry " + name + ": "
          + e.getMessage(), e);
    }
  }
}
