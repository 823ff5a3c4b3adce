// A page that renders its story after load (like single-page news sites), and can load one more paragraph.
setTimeout(() => {
  const story = document.getElementById('story-template').content.cloneNode(true);
  document.getElementById('main').replaceChildren(story);
}, 700);
document.getElementById('more')?.addEventListener('click', () => {
  const p = document.createElement('p');
  p.textContent = 'وفي ختام الجلسة، قال وزير المالية اللبناني نبيل عاصي إن بلاده ستعرض خطتها لإصلاح قطاع المياه على المانحين في باريس الشهر المقبل.';
  document.querySelector('.story').append(p);
});
