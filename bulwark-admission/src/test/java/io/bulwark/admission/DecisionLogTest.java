package io.bulwark.admission;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.bulwark.api.policy.FailurePolicy;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class DecisionLogTest {

  private final Logger logger = (Logger) LoggerFactory.getLogger("io.bulwark.admission.decisions");
  private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
  private Level previous;

  @BeforeEach
  void capture() {
    previous = logger.getLevel();
    logger.setLevel(Level.DEBUG);
    logger.setAdditive(false);
    lines.start();
    logger.addAppender(lines);
  }

  @AfterEach
  void release() {
    logger.detachAppender(lines);
    logger.setLevel(previous);
    logger.setAdditive(true);
  }

  private static Map<String, Object> fields(ILoggingEvent event) {
    return event.getKeyValuePairs().stream().collect(Collectors.toMap(p -> p.key, p -> p.value));
  }

  @Test
  void aDenialIsOneInfoLineWithTheUidAndTheReason() {
    AdmissionRequest request = AdmissionReviewCodec.decode(SampleReviews.maliciousPod());
    AdmissionHandler deny = r -> AdmissionDecision.deny("\n\nno privileged Pods\n");
    deny.withLogging().handle(request);

    assertThat(lines.list).singleElement().satisfies(line -> {
      assertThat(line.getLevel()).isEqualTo(Level.INFO);
      assertThat(line.getMessage()).isEqualTo("admission request denied");
      assertThat(fields(line)).containsEntry("uid", request.uid()).containsEntry("kind", "Pod")
          .containsEntry("namespace", "kubeflow-user").containsEntry("name", "pwn")
          .containsEntry("reason", "no privileged Pods");
    });
  }

  @Test
  void everyDecisionIsADebugLine() {
    AdmissionRequest request = AdmissionReviewCodec.decode(SampleReviews.maliciousPod());
    AdmissionHandler allow = r -> AdmissionDecision.allowWithWarnings(List.of("w"));
    allow.withLogging().handle(request);

    assertThat(lines.list).singleElement().satisfies(line -> {
      assertThat(line.getLevel()).isEqualTo(Level.DEBUG);
      assertThat(fields(line)).containsEntry("uid", request.uid()).containsEntry("allowed", true)
          .containsEntry("warnings", 1);
    });
  }

  @Test
  void anInternalErrorIsLoggedOnceAndTheFailurePolicyAnswers() {
    AdmissionRequest request = AdmissionReviewCodec.decode(SampleReviews.maliciousPod());
    AdmissionHandler broken = r -> {
      throw new IllegalStateException("bug\nwith two lines");
    };

    AdmissionDecision closed = broken.withFailurePolicy(FailurePolicy.FAIL).handle(request);
    AdmissionDecision open = broken.withFailurePolicy(FailurePolicy.IGNORE).handle(request);

    assertThat(closed.allowed()).isFalse();
    assertThat(closed.message()).isEqualTo(
        "internal error while evaluating policies: IllegalStateException: bug with two lines (failurePolicy Fail)");
    assertThat(open.allowed()).isTrue();
    assertThat(open.warnings()).containsExactly(
        "internal error while evaluating policies: IllegalStateException: bug with two lines; allowed by failurePolicy"
            + " Ignore");
    assertThat(lines.list).hasSize(2).allSatisfy(line -> {
      assertThat(line.getLevel()).isEqualTo(Level.ERROR);
      assertThat(line.getKeyValuePairs()).extracting(p -> p.key).contains("uid");
    });
  }
}
