package vn.householdledger.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import vn.householdledger.command.commune.CommuneDirectory;

/** A store that already holds the demo is left alone, without sending a single command. */
class DemoLoaderTest {

    /** A commune directory that knows one commune. */
    private static CommuneDirectory knowing(String code) {
        CommuneDirectory directory = mock(CommuneDirectory.class);
        when(directory.isRegistered(code)).thenReturn(true);
        return directory;
    }

    @Test
    void aStoreWhoseDirectoryKnowsTheFirstUnitHoldsTheDemo() throws InterruptedException {
        // No gateway and no read models: sending anything would fail.
        DemoLoader loader = new DemoLoader("bim-son-2018", null, knowing("HA_LAN"), null, null, null);
        DemoLoader.Load load = loader.load();
        assertThat(load.loaded()).isFalse();
        assertThat(load.commands()).isZero();
    }

    @Test
    void aStoreWithoutTheFirstUnitDoesNot() {
        DemoLoader loader = new DemoLoader("bim-son-2018", null, knowing("QUANG_TRUNG"), null, null, null);
        assertThat(loader.holds(TownFigures.load("bim-son-2018"))).isFalse();
        assertThat(new DemoLoader("bim-son-2018", null, knowing("HA_LAN"), null, null, null).holds(TownFigures.load("bim-son-2018")))
                .isTrue();
    }

    @Test
    void anUnknownDemoIsRefusedByName() {
        assertThatThrownBy(() -> new DemoLoader("hanoi-1990", null, knowing("HA_LAN"), null, null, null).load())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hanoi-1990");
    }
}
