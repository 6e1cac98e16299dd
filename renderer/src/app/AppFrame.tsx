import { Layout } from 'antd';
import { useCallback, useEffect } from 'react';
import { onCoreEvent } from '../api/connection';
import { EditorPage } from '../features/editor/EditorPage';
import { useEditor } from '../features/editor/store';
import { ExportView } from '../features/export/ExportView';
import { LayoutView } from '../features/layout/LayoutView';
import { LibraryView } from '../features/library/LibraryView';
import { ProofView } from '../features/proof/ProofView';
import { QualityView } from '../features/quality/QualityView';
import { useSession } from '../features/session/store';
import { TaxonomyView } from '../features/tags/TaxonomyView';
import { SignInScreen } from '../features/session/SignInScreen';
import { formatHash, parseHash } from './hash-route';
import { NavMenu } from './NavMenu';
import { StatusBar } from './StatusBar';
import { isSection, useNav, type Section } from './store';
import { TopBar } from './TopBar';

/** The window: top bar, left navigation, the current section, status bar. */
export function AppFrame() {
  const { section, go } = useNav();
  const openStory = useEditor((s) => s.open);
  const storyId = useEditor((s) => s.story?.id);
  const needsSignIn = useSession((s) => s.needsSignIn);
  // Until system.info says whether this connection must sign in, show neither the desk nor the sign-in screen:
  // the desk's views would otherwise call the server before sign-in and flash its refusals.
  const known = useSession((s) => s.info !== null || s.error !== null);

  useEffect(() => {
    void useSession.getState().init();
    const follow = (): void => {
      const route = parseHash(window.location.hash);
      go(route.section);
      if (route.storyId) void openStory(route.storyId);
    };
    follow();
    // Links and the address bar can name a section or story; the Electron menu can ask for a section.
    window.addEventListener('hashchange', follow);
    const off = onCoreEvent('ui.navigate', ({ section: s }) => isSection(s) && go(s));
    return () => {
      window.removeEventListener('hashchange', follow);
      off();
    };
  }, [go, openStory]);

  // Keep the hash in step so a reload comes back to the same place.
  useEffect(() => {
    const hash = formatHash(section === 'editor' && storyId ? { section, storyId } : { section });
    if (window.location.hash !== hash) window.history.replaceState(null, '', hash);
  }, [section, storyId]);

  const onGo = useCallback(
    (s: Section) => {
      // Leaving the editor saves what is pending right away rather than after the debounce.
      if (section === 'editor' && s !== 'editor') void useEditor.getState().flush();
      go(s);
    },
    [section, go],
  );
  const onOpen = useCallback(
    (id: number) => {
      void openStory(id);
      go('editor');
    },
    [openStory, go],
  );

  if (needsSignIn || !known) {
    return (
      <Layout className="bx-root">
        <Layout.Header className="bx-header">
          <TopBar />
        </Layout.Header>
        <Layout.Content className="bx-content">{needsSignIn && <SignInScreen />}</Layout.Content>
      </Layout>
    );
  }

  return (
    <Layout className="bx-root">
      <Layout.Header className="bx-header">
        <TopBar />
      </Layout.Header>
      <Layout>
        <Layout.Sider width={132} theme="light" className="bx-sider">
          <NavMenu section={section} onGo={onGo} />
        </Layout.Sider>
        <Layout.Content className="bx-content" data-testid={`section-${section}`}>
          {section === 'library' && <LibraryView onOpen={onOpen} />}
          {section === 'editor' && <EditorPage onLibrary={() => go('library')} />}
          {section === 'proof' && <ProofView />}
          {section === 'quality' && <QualityView />}
          {section === 'tags' && <TaxonomyView />}
          {section === 'layout' && <LayoutView />}
          {section === 'export' && <ExportView />}
        </Layout.Content>
      </Layout>
      <Layout.Footer className="bx-footer">
        <StatusBar />
      </Layout.Footer>
    </Layout>
  );
}
