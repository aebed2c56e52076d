package kr.donggu.chatbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiskCheckTest {

    @TempDir
    Path dir;

    @Test
    void a_writable_folder_with_room_is_fine() {
        assertThat(new DiskCheck(dir, 1).get()).isEmpty();
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void too_little_free_space_is_a_problem() {
        assertThat(new DiskCheck(dir, Long.MAX_VALUE).get()).hasValueSatisfying(p -> assertThat(p).contains("MiB free"));
    }

    @Test
    void a_data_dir_that_cannot_take_a_file_is_a_problem() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");

        assertThat(new DiskCheck(notAFolder, 1).get()).hasValueSatisfying(p -> assertThat(p).contains("not writable"));
    }
}
