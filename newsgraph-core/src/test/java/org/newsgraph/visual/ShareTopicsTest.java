package org.newsgraph.visual;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.newsgraph.visual.ShareTopics.Share;

class ShareTopicsTest {

    private static final Share FIVE = new Share(new BigDecimal("5"), "total");

    @Test
    void aTopicThatNamesOneShareToSpendNamesThatShare() {
        assertThat(ShareTopics.named("the 5% target")).contains(FIVE);
        assertThat(ShareTopics.named("5 percent of GDP goal")).contains(FIVE);
        assertThat(ShareTopics.named("Arvania’s 5.0% defence spending goal")).contains(FIVE);
        assertThat(ShareTopics.named("committing to 5 per cent defence spending")).contains(FIVE);
        assertThat(ShareTopics.named("the 1.5% core spending target")).contains(new Share(new BigDecimal("1.5"), "core"));
    }

    @Test
    void aTopicThatSaysMoreOrNamesNoShareToSpendIsATopic() {
        assertThat(ShareTopics.named("three towns on track to meet the 5% of GDP spending commitment in 2031")).isEmpty();
        assertThat(ShareTopics.named("plan to cut fuel taxes by 5%")).isEmpty();
        assertThat(ShareTopics.named("raising the 2% target to 3% of GDP")).isEmpty();
        assertThat(ShareTopics.named("the spending target")).isEmpty();
    }
}
