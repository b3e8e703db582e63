// Colour and shape per entity type: shared by the cytoscape stylesheet and the
// legend so both always agree.

export interface TypeStyle {
  color: string;
  shape: string;
  zh: string;
}

export const TYPE_STYLES: Record<string, TypeStyle> = {
  Country: { color: '#2f7ed8', shape: 'ellipse', zh: '國家' },
  Agency: { color: '#0d9488', shape: 'round-rectangle', zh: '機關' },
  Organization: { color: '#7c3aed', shape: 'hexagon', zh: '組織' },
  Meeting: { color: '#ea580c', shape: 'diamond', zh: '會議' },
  Statement: { color: '#dc2626', shape: 'rectangle', zh: '文件' },
  Technology: { color: '#16a34a', shape: 'triangle', zh: '技術' },
  Person: { color: '#ca8a04', shape: 'star', zh: '人物' },
};

export const FALLBACK_STYLE: TypeStyle = { color: '#6b7280', shape: 'ellipse', zh: '其他' };

export function styleFor(type: string): TypeStyle {
  return TYPE_STYLES[type] ?? FALLBACK_STYLE;
}
