package io.bulwark.admission;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;
import tools.jackson.databind.JsonNode;

/**
 * The webhook's structured log lines, each with the request's uid: one per denial at info, one
 * per decision at debug, internal errors at error (without the stack trace unless debug is on).
 * Key-value pairs go through SLF4J's fluent API, so a JSON encoder writes them as fields.
 */
final class DecisionLog {

  private static final Logger LOG = LoggerFactory.getLogger("io.bulwark.admission.decisions");

  private DecisionLog() {}

  static void decided(AdmissionRequest request, AdmissionDecision decision, long nanos) {
    if (!decision.allowed() && LOG.isInfoEnabled()) {
      fields(LOG.atInfo(), request)
          .addKeyValue("allowed", false)
          .addKeyValue("reason", decision.message().strip())
          .addKeyValue("durationMs", nanos / 1e6)
          .log("admission request denied");
    } else if (LOG.isDebugEnabled()) {
      fields(LOG.atDebug(), request)
          .addKeyValue("allowed", decision.allowed())
          .addKeyValue("warnings", decision.warnings().size())
          .addKeyValue("patchOperations", decision.patch().map(JsonNode::size).orElse(0))
          .addKeyValue("durationMs", nanos / 1e6)
          .log("admission request allowed");
    }
  }

  static void internalError(AdmissionRequest request, RuntimeException error) {
    LoggingEventBuilder line = fields(LOG.atError(), request).addKeyValue("error", Fallback.oneLine(error));
    if (LOG.isDebugEnabled()) {
      line = line.setCause(error);
    }
    line.log("internal error while handling an admission request");
  }

  private static LoggingEventBuilder fields(LoggingEventBuilder line, AdmissionRequest request) {
    return line.addKeyValue("uid", request.uid())
        .addKeyValue("operation", request.operation().name())
        .addKeyValue("kind", request.kind().kind())
        .addKeyValue("namespace", request.namespace())
        .addKeyValue("name", request.name())
        .addKeyValue("dryRun", request.dryRun());
  }
}
