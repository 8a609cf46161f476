// The document kit: every Word file the app writes is built from these pieces.
export * from './board-paper';
export * from './colour';
export * from './dates';
export * from './document';
export * from './fonts';
export * from './header-footer';
export * from './images';
export * from './lists';
export * from './page';
export * from './scale';
export * from './styles';
export * from './tables';
export * from './text';
export * from './details';
