package org.coplan.exchange.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.coplan.l10n.Messages;
import org.coplan.service.imports.ImportRefused;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The format comes from the content: a misleading name changes nothing, an unknown content is refused. */
class FormatDetectorTest {

    @TempDir
    Path temp;

    private final FormatDetector detector = new FormatDetector();

    private Path file(String name, String content) throws IOException {
        return Files.writeString(temp.resolve(name), content);
    }

    private String refusal(Path file) {
        ImportRefused refused = catchThrowableOfType(ImportRefused.class, () -> detector.detect(file));
        assertThat(refused).as("refused").isNotNull();
        return Messages.english().text(refused.problem());
    }

    @Test
    void xmlFormatsAreToldApartByTheirRootElement() throws IOException {
        assertThat(detector.detect(file("a.txt", """
                <?xml version="1.0"?><Project xmlns="http://schemas.microsoft.com/project"><Name>x</Name></Project>
                """))).isEqualTo(PlanFormat.MSPDI);
        assertThat(detector.detect(file("b.xml", """
                <?xml version="1.0"?>
                <!-- written by GanttProject -->
                <project name="x" version="3.3"><tasks/></project>
                """))).isEqualTo(PlanFormat.GANTTPROJECT);
        assertThat(detector.detect(file("c.gan", "<project mrproject-version=\"2\" name=\"x\"/>")))
                .isEqualTo(PlanFormat.PLANNER);
    }

    @Test
    void mpxAndMppAreKnownByTheirFirstBytes() throws IOException {
        assertThat(detector.detect(file("plan.xml", "MPX;Microsoft Project for Windows;4,0;ANSI\n")))
                .isEqualTo(PlanFormat.MPX);
        Path mpp = Files.write(temp.resolve("plan.dat"), new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
            (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0});
        assertThat(detector.detect(mpp)).isEqualTo(PlanFormat.MPP);
    }

    @Test
    void csvIsKnownByItsHeaderAlsoAfterAByteOrderMark() throws IOException {
        assertThat(detector.detect(file("plan.txt", "\uFEFFWBS;Name;Kind;Start\n1;Study;phase;2025-01-06\n")))
                .isEqualTo(PlanFormat.CSV);
        assertThat(detector.detect(file("plan.csv", "WBS,Name,Kind\n"))).isEqualTo(PlanFormat.CSV);
    }

    @Test
    void aByteOrderMarkBeforeXmlIsAccepted() throws IOException {
        Path file = temp.resolve("bom.gan");
        Files.write(file, ("\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\"?><project name=\"x\"/>")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(detector.detect(file)).isEqualTo(PlanFormat.GANTTPROJECT);
    }

    @Test
    void unknownContentIsRefusedWhateverItsName() throws IOException {
        assertThat(refusal(file("plan.mpp", "name,start\nStudy,2025-01-06\n")))
                .contains("plan.mpp", "not a plan file Coplan reads");
        assertThat(refusal(file("empty.gan", ""))).contains("empty.gan", "is empty");
        assertThat(refusal(file("other.xml", "<html><body/></html>"))).contains("<html>");
    }

    @Test
    void xmlWithADoctypeIsRefusedBeforeAnyEntityIsRead() throws IOException {
        Path secret = file("secret.txt", "top secret");
        Path file = file("xxe.gan", "<?xml version=\"1.0\"?>\n<!DOCTYPE project [<!ENTITY e SYSTEM \""
                + secret.toUri() + "\">]>\n<project name=\"&e;\"/>");
        assertThat(refusal(file)).contains("xxe.gan", "DOCTYPE").doesNotContain("top secret");
    }
}
