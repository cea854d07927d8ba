import type { DemoStory } from "../types";

export const cultureStories: DemoStory[] = [
  {
    key: "national-library-newspaper-archive",
    topics: ["culture", "science"],
    authors: ["sofia"],
    source: {
      name: "Agencia Meridiano",
      url: "https://meridiano.example.com/2026/11/biblioteca-nacional-prensa-historica",
    },
    image: { motif: "columns", hue: 28, credit: "Archivo Heraldo" },
    publishedHoursAgo: 50,
    es: {
      title: "La Biblioteca Nacional digitaliza 1,5 millones de páginas de prensa histórica",
      summary:
        "El nuevo archivo en línea reúne 230 periódicos publicados entre 1820 y 1975, con búsqueda en el texto completo. Es la mayor colección de prensa histórica de acceso libre del país y se ampliará en 2027.",
      body: `<p>La Biblioteca Nacional ha puesto en línea 1,5 millones de páginas de prensa histórica digitalizada, correspondientes a 230 cabeceras publicadas entre 1820 y 1975. La colección, de acceso libre y gratuito, permite buscar cualquier palabra en el texto completo de los periódicos gracias a un sistema de reconocimiento óptico de caracteres.</p>
<p>El proyecto ha durado cuatro años y ha costado 9,4 millones de euros. Un equipo de 60 personas ha escaneado los ejemplares originales y los microfilmes conservados en la biblioteca y en 18 archivos provinciales, algunos de ellos en un estado tan delicado que ya no podían consultarse en papel.</p>
<h2>Del gran diario a la hoja local</h2>
<p>Junto a los grandes diarios nacionales, el archivo incluye decenas de publicaciones locales, revistas ilustradas, semanarios obreros y boletines agrícolas que hasta ahora eran prácticamente inaccesibles. Entre las joyas de la colección figura el primer número de <em>El Eco de Valdemar</em>, de 1834, del que solo se conservaba un ejemplar.</p>
<blockquote><p>La prensa es la memoria cotidiana de un país. En estas páginas están los precios del pan, los anuncios de los ultramarinos, las crónicas de las fiestas y los grandes acontecimientos. Ahora cualquiera puede consultarla desde su casa.</p></blockquote>
<p>Así lo explicó la directora de la Biblioteca Nacional, Mercedes Laínez, durante la presentación. Laínez destacó que el archivo será una herramienta de primer orden para la investigación en historia, lingüística y ciencias de la comunicación, pero también para quienes quieran rastrear la historia de su familia o de su pueblo.</p>
<h2>Inteligencia artificial para leer el pasado</h2>
<p>El reconocimiento de textos antiguos, con tipografías desgastadas y columnas irregulares, ha sido uno de los grandes retos técnicos del proyecto. La biblioteca ha entrenado un modelo propio que alcanza una precisión del 96 %, y los usuarios pueden corregir los errores que encuentren para mejorar la información disponible.</p>
<p>La colección se detiene en 1975 porque las publicaciones posteriores siguen protegidas por derechos de autor, aunque la biblioteca negocia con varias editoras para incorporar sus fondos. Mientras tanto, ha preparado materiales didácticos para que los institutos utilicen la hemeroteca en las clases de historia y de lengua, con propuestas que van desde analizar la publicidad de los años veinte hasta comparar cómo contaron una misma noticia distintos periódicos.</p>
<p>La segunda fase, prevista para 2027, añadirá otras 800.000 páginas de prensa regional y de publicaciones en otras lenguas del país. La colección puede consultarse en la <a href="https://www.example.org/biblioteca-nacional/hemeroteca">hemeroteca digital de la Biblioteca Nacional</a>.</p>`,
      imageCaption: "Ilustración: las columnas de la sala de lectura de una gran biblioteca.",
      imageAlt: "Columnas clásicas en tonos ocre.",
    },
    en: {
      title: "National Library digitises 1.5 million pages of historical newspapers",
      summary:
        "The new online archive brings together 230 newspapers published between 1820 and 1975, all searchable by full text. It is the country's largest freely accessible collection of historical newspapers and will grow again in 2027.",
      body: `<p>The National Library has put 1.5 million pages of digitised historical newspapers online, covering 230 titles published between 1820 and 1975. The collection is free to access and lets users search for any word in the full text of the newspapers, thanks to optical character recognition.</p>
<p>The project took four years and cost €9.4 million. A team of 60 people scanned original copies and microfilms held at the library and in 18 provincial archives, some of them so fragile that they could no longer be consulted on paper.</p>
<h2>From national dailies to village broadsheets</h2>
<p>Alongside the major national dailies, the archive includes dozens of local papers, illustrated magazines, workers' weeklies and farming bulletins that until now were practically inaccessible. Among the highlights is the first issue of <em>El Eco de Valdemar</em>, from 1834, of which only one copy survived.</p>
<blockquote><p>The press is a country's everyday memory. These pages hold the price of bread, advertisements from grocers' shops, reports of local festivals and the great events of the day. Now anyone can read them from home.</p></blockquote>
<p>That was how Mercedes Laínez, director of the National Library, described the archive at its launch. She said it would be a first-rate resource for research in history, linguistics and communication studies, but also for anyone wanting to trace the history of their family or home town.</p>
<h2>Artificial intelligence to read the past</h2>
<p>Recognising old text, with worn typefaces and irregular columns, was one of the project's biggest technical challenges. The library trained its own recognition model, which achieves 96% accuracy, and users can correct any errors they find to improve the information available.</p>
<p>The collection stops at 1975 because later publications are still under copyright, although the library is negotiating with several publishers to add their archives. In the meantime, it has prepared teaching materials so that secondary schools can use the archive in history and language lessons, with activities ranging from analysing 1920s advertising to comparing how different newspapers reported the same story.</p>
<p>A second phase, planned for 2027, will add another 800,000 pages of regional newspapers and publications in the country's other languages. The collection can be consulted in the <a href="https://www.example.org/biblioteca-nacional/hemeroteca">National Library's digital newspaper archive</a>.</p>`,
      imageCaption: "Illustration: the columns of a great library's reading room.",
      imageAlt: "Classical columns in ochre tones.",
    },
  },
  {
    key: "heritage-days-attendance",
    topics: ["culture", "economy"],
    authors: ["lucia"],
    source: {
      name: "Instituto Nacional de Estadística Pública",
      url: "https://inep.example.org/cultura/jornadas-patrimonio-2026",
    },
    image: { motif: "skyline", hue: 8, credit: "Heraldo / Ilustración" },
    publishedHoursAgo: 290,
    es: {
      title: "Las Jornadas de Patrimonio reciben 410.000 visitas y abren 90 edificios por primera vez",
      summary:
        "La edición de este año ha superado en un 18 % la participación de la anterior. Faros, fábricas, refugios antiaéreos y palacios hasta ahora cerrados al público han sido los espacios más solicitados, según el balance oficial.",
      body: `<p>Las Jornadas de Patrimonio cerraron su edición de este año con 410.000 visitas a 1.150 edificios y espacios de todo el país, un 18 % más que el año anterior, según el balance elaborado por el Ministerio de Cultura con datos del Instituto Nacional de Estadística Pública (INEP). Durante tres fines de semana, monumentos, instalaciones industriales y edificios administrativos abrieron sus puertas de forma gratuita.</p>
<p>La gran novedad de esta edición fueron los 90 espacios que se abrían al público por primera vez. Entre los más visitados estuvieron el faro de Punta Gaviota, con 6.200 visitantes en tres días, la antigua fábrica de tabacos de Puerto Alba y los refugios antiaéreos bajo la plaza mayor de Altamira.</p>
<h2>Un público más joven</h2>
<p>El perfil de los asistentes también ha cambiado. El 34 % tenía menos de 35 años, frente al 22 % de hace tres ediciones, un aumento que la organización atribuye a las visitas nocturnas, las rutas en bicicleta y las actividades diseñadas para familias con niños.</p>
<p>«El patrimonio no es solo lo que aparece en los libros de arte. Un faro, una estación de tren o una fábrica cuentan la historia de la gente que trabajó allí», señaló la directora general de Patrimonio Cultural, Isabel Roldán, que agradeció la colaboración de los 2.600 voluntarios que hicieron posibles las visitas.</p>
<h2>Impacto económico</h2>
<p>El estudio estima que los visitantes gastaron 31 millones de euros en alojamiento, restauración y comercio local, con un impacto especialmente notable en los municipios pequeños. En 38 localidades de menos de 2.000 habitantes, las jornadas coincidieron con los fines de semana de mayor ocupación hotelera del otoño.</p>
<p>El programa ha incluido este año 3.400 actividades, entre visitas guiadas, conciertos, talleres y rutas teatralizadas. Por primera vez, el 40 % de los espacios ofreció recursos de accesibilidad, como visitas en lengua de signos, maquetas táctiles o itinerarios adaptados para personas con movilidad reducida, una de las principales demandas de las asociaciones de personas con discapacidad.</p>
<p>Los propietarios privados también han tenido un papel destacado: 210 de los espacios pertenecen a particulares, fundaciones o empresas, que los abrieron de forma voluntaria. Entre ellos figuran una bodega centenaria, dos casas de indianos y el antiguo casino de Ribera Norte, que no se visitaba desde su cierre en 1988.</p>
<p>La próxima edición se celebrará en septiembre y estará dedicada al patrimonio del agua: molinos, acueductos, balnearios y lavaderos. El balance completo puede consultarse en la <a href="https://www.example.org/cultura/jornadas-patrimonio">web de las Jornadas</a>.</p>`,
      imageCaption: "Ilustración: el perfil de un casco histórico con un faro al fondo.",
      imageAlt: "Siluetas de edificios históricos en tonos rojizos.",
    },
    en: {
      title: "Heritage Days draw 410,000 visits as 90 buildings open to the public for the first time",
      summary:
        "This year's event attracted 18% more visits than the last. Lighthouses, factories, air-raid shelters and palaces previously closed to the public were the most sought-after sites, according to the official review.",
      body: `<p>This year's Heritage Days ended with 410,000 visits to 1,150 buildings and sites across the country, 18% more than last year, according to the review produced by the Ministry of Culture with data from the National Institute of Public Statistics (INEP). Over three weekends, monuments, industrial sites and government buildings opened their doors free of charge.</p>
<p>The highlight of this year's programme was the 90 sites opening to the public for the first time. The most popular included the Punta Gaviota lighthouse, which welcomed 6,200 visitors in three days, the former tobacco factory in Puerto Alba and the air-raid shelters beneath the main square in Altamira.</p>
<h2>A younger audience</h2>
<p>The visitor profile has also changed. Some 34% were under 35, compared with 22% three years ago, a rise the organisers put down to night-time tours, cycling routes and activities designed for families with children.</p>
<p>"Heritage isn't just what appears in art history books. A lighthouse, a railway station or a factory tells the story of the people who worked there," said Isabel Roldán, director-general for cultural heritage, who thanked the 2,600 volunteers who made the visits possible.</p>
<h2>Economic impact</h2>
<p>The study estimates that visitors spent €31 million on accommodation, food and drink and local shops, with a particularly strong impact in small towns. In 38 places with fewer than 2,000 inhabitants, the event coincided with the busiest hotel weekends of the autumn.</p>
<p>This year's programme included 3,400 activities, from guided tours and concerts to workshops and theatrical walks. For the first time, 40% of sites offered accessibility resources such as sign-language tours, tactile models and step-free routes, one of the main requests from disability organisations.</p>
<p>Private owners also played a prominent role: 210 of the sites belong to individuals, foundations or companies who opened them voluntarily. They included a century-old winery, two mansions built by emigrants who made their fortunes in the Americas, and the former casino in Ribera Norte, which had not been open to visitors since it closed in 1988.</p>
<p>Next year's event will take place in September and will focus on water heritage: mills, aqueducts, spas and public wash-houses. The full review is available on the <a href="https://www.example.org/cultura/jornadas-patrimonio">Heritage Days website</a>.</p>`,
      imageCaption: "Illustration: the outline of a historic town centre with a lighthouse beyond.",
      imageAlt: "Silhouettes of historic buildings in reddish tones.",
    },
  },
  {
    key: "puerto-alba-film-festival",
    topics: ["culture", "international"],
    authors: ["elena", "mateo"],
    source: {
      name: "Prensa Austral",
      url: "https://prensaaustral.example.com/2026/10/festival-cine-puerto-alba-palmares",
    },
    image: { motif: "waves", hue: 350, credit: "Prensa Austral" },
    publishedHoursAgo: 500,
    es: {
      title: "El Festival de Cine de Puerto Alba cierra con 62.000 espectadores y premio para un debut",
      summary:
        "La Gaviota de Oro ha sido para «La casa del faro», ópera prima de la directora Julia Arrieta. El certamen, que ha proyectado 148 películas de 41 países, ha registrado la mayor asistencia de su historia.",
      body: `<p>El Festival Internacional de Cine de Puerto Alba clausuró anoche su 34.ª edición con la entrega de la Gaviota de Oro a <em>La casa del faro</em>, la primera película de la directora Julia Arrieta. El jurado, presidido por el director de fotografía Martín Coll, destacó «la madurez de una mirada que convierte un conflicto familiar en el retrato de toda una comarca».</p>
<p>La cinta, rodada en la costa de Valdemar con actores no profesionales, cuenta la historia de tres hermanas que deben decidir qué hacer con la casa de su padre, el último farero de la zona. Arrieta, de 31 años, dedicó el premio «a los pueblos que se quedan sin gente, pero no sin historias».</p>
<h2>Palmarés</h2>
<ul>
<li>Gaviota de Oro a la mejor película: <em>La casa del faro</em>, de Julia Arrieta.</li>
<li>Premio especial del jurado: <em>Las horas blancas</em>, una coproducción nórdica y latinoamericana.</li>
<li>Mejor dirección: Leena Virtanen, por <em>Marea baja</em>.</li>
<li>Mejor interpretación: Dolores Vidal, por <em>La casa del faro</em>.</li>
<li>Premio del público: <em>El último verano de Teo</em>, de Pablo Iriarte.</li>
</ul>
<p>El festival ha proyectado 148 películas de 41 países y ha vendido 62.000 entradas, un 9 % más que el año anterior y la cifra más alta desde su fundación. Las sesiones escolares, con 11.000 alumnos, y las proyecciones gratuitas al aire libre en el puerto fueron las actividades que más crecieron.</p>
<p>«Puerto Alba se ha consolidado como un punto de encuentro entre el cine europeo y el latinoamericano», señaló la directora del certamen, Carla Mendieta, que anunció que la próxima edición incluirá una sección dedicada a las cinematografías del Mediterráneo.</p>
<h2>Industria y formación</h2>
<p>El mercado de coproducción del festival reunió a 320 profesionales y permitió cerrar acuerdos para 14 proyectos, que suman una inversión prevista de 26 millones de euros. El laboratorio de guion, dirigido a cineastas menores de 30 años, seleccionó este año a doce participantes de ocho países.</p>
<p>Alrededor del 40 % de las películas a concurso estaban dirigidas o codirigidas por mujeres. La organización ha destacado también los avances en accesibilidad y sostenibilidad: todas las películas de la sección oficial se proyectaron con subtítulos para personas sordas y con audiodescripción, y el festival eliminó las botellas de plástico de sus sedes y calculó por primera vez su huella de carbono, que compensará con la reforestación de una parcela en la sierra de Puerto Alba.</p>
<p>El palmarés completo y la información sobre las películas premiadas están disponibles en la <a href="https://www.example.org/festival-puerto-alba/palmares">web del festival</a>.</p>`,
      imageCaption: "Ilustración: reflejos rojizos sobre el agua del puerto durante una proyección nocturna.",
      imageAlt: "Ondas en tonos rojos y rosados.",
    },
    en: {
      title: "Puerto Alba Film Festival closes with record 62,000 admissions and top prize for a debut",
      summary:
        "The Golden Gull went to The Lighthouse Keeper's House, the first feature by director Julia Arrieta. The festival screened 148 films from 41 countries and recorded the highest attendance in its history.",
      body: `<p>The Puerto Alba International Film Festival closed its 34th edition last night by awarding the Golden Gull to <em>The Lighthouse Keeper's House</em>, the first feature by director Julia Arrieta. The jury, chaired by cinematographer Martín Coll, praised "the maturity of a gaze that turns a family dispute into a portrait of an entire region".</p>
<p>Shot on the Valdemar coast with non-professional actors, the film follows three sisters who must decide what to do with their late father's house; he was the area's last lighthouse keeper. Arrieta, 31, dedicated the award "to the villages that are running out of people, but not out of stories".</p>
<h2>Award winners</h2>
<ul>
<li>Golden Gull for best film: <em>The Lighthouse Keeper's House</em>, by Julia Arrieta.</li>
<li>Special jury prize: <em>The White Hours</em>, a Nordic and Latin American co-production.</li>
<li>Best director: Leena Virtanen, for <em>Low Tide</em>.</li>
<li>Best performance: Dolores Vidal, for <em>The Lighthouse Keeper's House</em>.</li>
<li>Audience award: <em>Teo's Last Summer</em>, by Pablo Iriarte.</li>
</ul>
<p>The festival screened 148 films from 41 countries and sold 62,000 tickets, 9% more than last year and the highest number since it was founded. School screenings, attended by 11,000 pupils, and free open-air screenings in the harbour saw the biggest growth.</p>
<p>"Puerto Alba has established itself as a meeting point between European and Latin American cinema," said festival director Carla Mendieta, who announced that next year's programme will include a strand devoted to Mediterranean film.</p>
<h2>Industry and training</h2>
<p>The festival's co-production market brought together 320 professionals and sealed deals for 14 projects with a combined planned budget of €26 million. The screenwriting lab for filmmakers under 30 selected twelve participants from eight countries this year.</p>
<p>Around 40% of the films in competition were directed or co-directed by women. Organisers also highlighted progress on accessibility and sustainability: every film in the official selection was screened with subtitles for deaf and hard-of-hearing audiences and with audio description, and the festival removed plastic bottles from its venues and calculated its carbon footprint for the first time, which it will offset by reforesting a plot in the hills above Puerto Alba.</p>
<p>The full list of winners and information about the award-winning films are available on the <a href="https://www.example.org/festival-puerto-alba/palmares">festival website</a>.</p>`,
      imageCaption: "Illustration: red reflections on the harbour water during an open-air screening.",
      imageAlt: "Waves in shades of red and pink.",
    },
  },
];
