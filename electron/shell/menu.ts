import type { MenuItemConstructorOptions } from 'electron';

/**
 * The Chinese application menu. Navigation items tell the renderer which section to show;
 * 切换编辑部服务器 (absent when `--db` named the file) goes back to the desk chooser.
 */
export function applicationMenu(navigate: (section: string) => void, isMac: boolean, switchServer: (() => void) | null = null): MenuItemConstructorOptions[] {
  return [
    ...(isMac ? [{ label: '版心', submenu: [{ role: 'about' as const, label: '关于版心' }, { type: 'separator' as const }, { role: 'quit' as const, label: '退出版心' }] }] : []),
    {
      label: '文件',
      submenu: [
        { label: '导入稿件…', accelerator: 'CmdOrCtrl+O', click: () => navigate('library:import') },
        { type: 'separator' },
        ...(switchServer ? [{ label: '切换编辑部服务器…', click: switchServer }, { type: 'separator' as const }] : []),
        isMac ? { role: 'close', label: '关闭窗口' } : { role: 'quit', label: '退出' },
      ],
    },
    {
      label: '编辑',
      submenu: [
        { role: 'undo', label: '撤销' },
        { role: 'redo', label: '重做' },
        { type: 'separator' },
        { role: 'cut', label: '剪切' },
        { role: 'copy', label: '复制' },
        { role: 'paste', label: '粘贴' },
        { role: 'selectAll', label: '全选' },
      ],
    },
    {
      label: '视图',
      submenu: [
        { label: '稿库', accelerator: 'CmdOrCtrl+1', click: () => navigate('library') },
        { label: '编辑', accelerator: 'CmdOrCtrl+2', click: () => navigate('editor') },
        { label: '校对', accelerator: 'CmdOrCtrl+3', click: () => navigate('proof') },
        // Added after the others were learnt: a new number rather than moving theirs.
        { label: '质检', accelerator: 'CmdOrCtrl+7', click: () => navigate('quality') },
        { label: '标签', accelerator: 'CmdOrCtrl+4', click: () => navigate('tags') },
        { label: '版面', accelerator: 'CmdOrCtrl+5', click: () => navigate('layout') },
        { label: '导出', accelerator: 'CmdOrCtrl+6', click: () => navigate('export') },
        { type: 'separator' },
        { role: 'resetZoom', label: '实际大小' },
        { role: 'zoomIn', label: '放大' },
        { role: 'zoomOut', label: '缩小' },
        { role: 'togglefullscreen', label: '全屏' },
      ],
    },
    { label: '帮助', submenu: [{ role: 'about', label: '关于版心 Banxin' }] },
  ];
}
