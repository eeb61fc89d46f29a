package org.naswot.space;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.naswot.common.UserFacingException;

/**
 * A benchmark's published score column is offered as y only with a kind that says it is no accuracy and a section to
 * list it under (review N25): no descriptor can have one plotted as an accuracy in %.
 */
class PublishedScoreColumnTest {
    private static SpaceDescriptor parse(String scores) {
        String json = "{\"id\":\"x\",\"benchmark\":{\"file\":\"x.csv\",\"accuracies\":[{\"column\":\"acc\",\"label\":"
                + "\"accuracy\"}],\"scores\":[" + scores + "]}}";
        return SpaceDescriptor.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "x.json");
    }

    @Test
    void aPlottableScoreNeedsAKindSayingItIsNoAccuracyAndASection() {
        SpaceDescriptor d = parse("{\"column\":\"theirs\",\"label\":\"their score\",\"kind\":\"their score (not an "
                + "accuracy)\",\"section\":\"Published\"},{\"column\":\"quiet\",\"label\":\"not offered\"}");
        assertEquals(List.of(new SpaceDescriptor.YChoice("acc", "accuracy", ""),
                new SpaceDescriptor.YChoice("theirs", "their score", "Published")),
                d.benchmark().yChoices(), "a score column without a kind is not offered");
        assertTrue(d.benchmark().offersY("theirs") && !d.benchmark().offersY("quiet"));

        UserFacingException e = assertThrows(UserFacingException.class, () -> parse("{\"column\":\"theirs\","
                + "\"label\":\"l\",\"kind\":\"their accuracy\",\"section\":\"Published\"}"));
        assertTrue(e.getMessage().contains("theirs") && e.getMessage().contains("(not an accuracy)"), e.getMessage());
        assertThrows(UserFacingException.class, () -> parse("{\"column\":\"theirs\",\"label\":\"l\","
                + "\"kind\":\"theirs (not an accuracy)\"}"), "no section");
    }
}
