package io.bulwark.cli.values;

import io.bulwark.api.load.ProblemSink;
import io.bulwark.api.problem.FieldPath;
import io.bulwark.api.yaml.YamlDocument;
import io.bulwark.engine.request.RequestInfo;
import io.bulwark.engine.request.UserInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Reads a Kyverno CLI user-info file ({@code kind: UserInfo}: roles, clusterRoles and userInfo
 * with username and groups) into the request information match/exclude blocks see.
 */
public final class UserInfoParser {

  private UserInfoParser() {}

  public static RequestInfo parse(YamlDocument document, ProblemSink sink) {
    JsonNode root = document.tree();
    if (!root.isObject()) {
      sink.error(FieldPath.root(), "a user info file must be an object");
      return RequestInfo.EMPTY;
    }
    String kind = root.path("kind").asString("");
    if (!kind.isEmpty() && !"UserInfo".equals(kind)) {
      sink.error(FieldPath.of("kind"), "expected kind UserInfo, got \"" + kind + "\"");
    }
    JsonNode user = root.path("userInfo");
    Map<String, List<String>> extra = new LinkedHashMap<>();
    user.path("extra").properties().forEach(e -> extra.put(e.getKey(), strings(e.getValue(), null, sink)));
    return new RequestInfo(
        strings(root.path("roles"), FieldPath.of("roles"), sink),
        strings(root.path("clusterRoles"), FieldPath.of("clusterRoles"), sink),
        new UserInfo(user.path("username").asString(""), user.path("uid").asString(""),
            strings(user.path("groups"), FieldPath.of("userInfo", "groups"), sink), extra));
  }

  private static List<String> strings(JsonNode node, FieldPath path, ProblemSink sink) {
    var out = new ArrayList<String>();
    if (node.isMissingNode() || node.isNull()) {
      return out;
    }
    if (!node.isArray()) {
      if (path != null) {
        sink.error(path, "expected a list of strings");
      }
      return out;
    }
    for (JsonNode item : node) {
      out.add(item.asString(""));
    }
    return out;
  }
}
