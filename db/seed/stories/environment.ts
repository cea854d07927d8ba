import type { DemoStory } from "../types";

export const environmentStories: DemoStory[] = [
  {
    key: "storm-warning-valdemar-coast",
    topics: ["environment"],
    authors: ["mateo"],
    source: null,
    image: { motif: "waves", hue: 222, credit: "Heraldo / Ilustración" },
    publishedHoursAgo: 1,
    breaking: true,
    es: {
      title: "Aviso naranja por temporal en la costa de Valdemar, con olas de hasta seis metros",
      summary:
        "Protección Civil activa el plan de emergencias ante la llegada de una borrasca con rachas de viento de hasta 110 km/h. Se recomienda evitar los paseos marítimos y los desplazamientos innecesarios hasta mañana por la tarde.",
      body: `<p>La Agencia Nacional de Meteorología ha elevado a naranja el nivel de aviso por fenómenos costeros en todo el litoral de Valdemar ante la llegada de una borrasca atlántica que dejará olas de entre cinco y seis metros y rachas de viento de hasta 110 kilómetros por hora. El aviso estará vigente desde esta medianoche hasta mañana a las 18.00.</p>
<p>Protección Civil ha activado el plan territorial de emergencias en fase de alerta y ha convocado al comité de coordinación, en el que participan salvamento marítimo, bomberos, policía y los ayuntamientos costeros. Se esperan también lluvias intensas en el interior, con acumulados de hasta 60 litros por metro cuadrado en doce horas.</p>
<h2>Recomendaciones a la población</h2>
<ul>
<li>Evitar paseos marítimos, espigones y zonas próximas al mar mientras dure el aviso.</li>
<li>Retirar de terrazas y balcones los objetos que puedan caer a la calle.</li>
<li>Limitar los desplazamientos por carretera a los estrictamente necesarios.</li>
<li>No cruzar zonas inundadas ni a pie ni en vehículo.</li>
<li>Seguir únicamente la información de los canales oficiales.</li>
</ul>
<p>Las autoridades portuarias han suspendido las salidas de embarcaciones de recreo y los trayectos de los ferris a las islas, y varios ayuntamientos han decidido cerrar parques y cementerios de forma preventiva. Las clases se mantienen por el momento, aunque la consejería de educación revisará la situación a primera hora de la mañana.</p>
<p>«Pedimos prudencia. Las olas de este temporal pueden superar los muros de los paseos con mucha facilidad, y una foto no vale una vida», advirtió el director de Protección Civil de la región, Tomás Ibarra.</p>
<h2>Dónde informarse</h2>
<p>Protección Civil ha reforzado su sistema de comunicación con la población y enviará alertas a los teléfonos móviles de las zonas afectadas si la situación empeora. La información actualizada sobre carreteras cortadas y servicios afectados se publicará en la <a href="https://www.example.org/proteccion-civil/avisos">web de avisos de Protección Civil</a> y en sus redes sociales. Las emergencias deben comunicarse al teléfono 112.</p>
<p>Según las previsiones, el viento comenzará a amainar a partir del mediodía de mañana, aunque el oleaje seguirá siendo fuerte durante al menos otras doce horas. La Agencia Nacional de Meteorología no descarta elevar el aviso a rojo en el tramo norte del litoral si la borrasca se profundiza durante la noche, y actualizará su predicción cada tres horas.</p>
<p>Las compañías eléctricas han movilizado brigadas adicionales para restablecer el suministro en caso de cortes, y los operadores de comunicaciones móviles han desplegado generadores en las antenas más expuestas.</p>`,
      imageCaption: "Ilustración: olas de gran altura rompiendo contra un paseo marítimo.",
      imageAlt: "Ondas azules intensas que evocan un mar embravecido.",
    },
    en: {
      title: "Orange warning as storm brings waves of up to six metres to the Valdemar coast",
      summary:
        "Civil Protection has activated the regional emergency plan as an Atlantic storm brings gusts of up to 110 km/h. People are advised to stay away from seafronts and avoid unnecessary journeys until tomorrow afternoon.",
      body: `<p>The National Meteorological Agency has raised its coastal weather warning to orange along the entire Valdemar coastline as an Atlantic storm approaches, bringing waves of five to six metres and gusts of up to 110 kilometres per hour. The warning is in force from midnight tonight until 6 p.m. tomorrow.</p>
<p>Civil Protection has activated the regional emergency plan at alert level and convened its coordination committee, which brings together the coastguard, fire and police services and coastal councils. Heavy rain is also expected inland, with up to 60 litres per square metre in twelve hours.</p>
<h2>Advice to the public</h2>
<ul>
<li>Stay away from seafronts, breakwaters and areas close to the sea while the warning is in force.</li>
<li>Remove objects from terraces and balconies that could fall into the street.</li>
<li>Only travel by road if strictly necessary.</li>
<li>Do not cross flooded areas, either on foot or by car.</li>
<li>Follow information from official channels only.</li>
</ul>
<p>Port authorities have suspended departures of leisure craft and ferry services to the islands, and several councils have closed parks and cemeteries as a precaution. Schools remain open for now, although the regional education department will review the situation first thing in the morning.</p>
<p>"We are asking people to be careful. Waves in this storm can easily top seafront walls, and no photo is worth a life," warned Tomás Ibarra, the region's director of civil protection.</p>
<h2>Where to find information</h2>
<p>Civil Protection has stepped up its communication with the public and will send alerts to mobile phones in affected areas if conditions worsen. Updates on closed roads and disrupted services will be posted on the <a href="https://www.example.org/proteccion-civil/avisos">Civil Protection warnings page</a> and its social media accounts. Emergencies should be reported on 112.</p>
<p>According to the forecast, the wind should start to ease from midday tomorrow, although heavy seas are expected to persist for at least another twelve hours. The National Meteorological Agency has not ruled out raising the warning to red on the northern stretch of the coast if the storm deepens overnight, and will update its forecast every three hours.</p>
<p>Electricity companies have mobilised extra crews to restore supply in case of power cuts, and mobile communications operators have deployed generators at the most exposed masts.</p>`,
      imageCaption: "Illustration: towering waves breaking against a seafront promenade.",
      imageAlt: "Intense blue waves suggesting a rough sea.",
    },
  },
  {
    key: "solar-municipal-rooftops",
    topics: ["environment", "economy"],
    authors: ["lucia", "mateo"],
    source: {
      name: "Agencia Meridiano",
      url: "https://meridiano.example.com/2026/11/energia-solar-municipios",
    },
    image: { motif: "sun", hue: 44, credit: "Agencia Meridiano" },
    publishedHoursAgo: 18,
    es: {
      title: "Los ayuntamientos instalan paneles solares en 312 edificios públicos en un solo año",
      summary:
        "Colegios, polideportivos y centros de salud de 140 municipios producen ya 41 megavatios de energía solar. Los ayuntamientos calculan un ahorro conjunto de 9 millones de euros al año en la factura eléctrica.",
      body: `<p>Un total de 312 edificios públicos de 140 municipios cuentan desde este año con paneles solares en sus cubiertas, según el balance del programa Tejados Solares presentado hoy por el Ministerio de Transición Ecológica y la federación de municipios. Las instalaciones suman 41 megavatios de potencia y producirán unos 56 gigavatios hora de energía al año, el equivalente al consumo de 16.000 hogares.</p>
<p>La mayoría de las instalaciones se han realizado en colegios (118), edificios administrativos (81), polideportivos (74) y centros de salud (39). El programa ha supuesto una inversión de 48 millones de euros, financiada en un 70 % con fondos estatales y el resto con aportaciones municipales.</p>
<h2>Ahorro en la factura</h2>
<p>Los ayuntamientos participantes calculan un ahorro conjunto de 9 millones de euros anuales en la factura eléctrica, lo que permitiría amortizar la inversión en algo más de cinco años. En los colegios, donde el consumo se concentra en las horas de sol, el autoconsumo cubre de media el 62 % de la demanda.</p>
<blockquote><p>El ahorro que conseguimos en el polideportivo lo estamos destinando a ampliar el horario de la biblioteca. La energía que producimos en el tejado vuelve a los vecinos en forma de servicios.</p></blockquote>
<p>Así lo resumió Elvira Manzano, alcaldesa de Villanueva del Campo, un municipio de 7.500 habitantes que ha instalado paneles en seis edificios municipales. Su ayuntamiento es uno de los 23 que han creado además una comunidad energética, que permite compartir la electricidad sobrante con viviendas y comercios cercanos.</p>
<h2>Segunda fase</h2>
<p>El ministerio ha anunciado una segunda convocatoria, dotada con 60 millones de euros, que dará prioridad a los municipios de menos de 5.000 habitantes y a los proyectos que incluyan baterías para almacenar energía. La información sobre requisitos y plazos se publicará en las próximas semanas en la <a href="https://www.example.org/transicion/tejados-solares">web del programa</a>.</p>
<p>El programa también ha tenido efectos en el empleo local. Según la federación de municipios, el 70 % de las obras se adjudicó a empresas instaladoras de la propia provincia, que contrataron a unos 900 trabajadores durante la fase de montaje. Muchos ayuntamientos han colocado además pantallas en los vestíbulos de colegios y polideportivos que muestran en tiempo real la energía producida, una herramienta que los docentes aprovechan en clase.</p>
<p>Los técnicos del programa recuerdan que antes de cada instalación se realiza un estudio estructural de la cubierta y que, en los edificios protegidos, se utilizan paneles de bajo impacto visual.</p>`,
      imageCaption: "Ilustración: paneles solares en una cubierta municipal.",
      imageAlt: "Sol dorado sobre formas rectangulares que sugieren paneles.",
    },
    en: {
      title: "Councils install solar panels on 312 public buildings in a single year",
      summary:
        "Schools, sports centres and health centres in 140 municipalities now generate 41 megawatts of solar power. Local authorities estimate combined savings of €9 million a year on their electricity bills.",
      body: `<p>A total of 312 public buildings in 140 municipalities have had solar panels fitted to their roofs this year, according to a review of the Solar Rooftops programme presented today by the Ministry for Ecological Transition and the federation of municipalities. The installations have a combined capacity of 41 megawatts and will generate around 56 gigawatt hours of renewable electricity a year, enough to supply 16,000 homes.</p>
<p>Most of the installations are on schools (118), administrative buildings (81), sports centres (74) and health centres (39). The programme represents an investment of €48 million, 70% of it from central government and the rest from the councils themselves.</p>
<h2>Lower bills</h2>
<p>Participating councils estimate combined savings of €9 million a year on electricity, meaning the investment should pay for itself in just over five years. In schools, where demand peaks during daylight hours, on-site generation covers an average of 62% of consumption.</p>
<blockquote><p>We are putting what we save at the sports centre towards longer library opening hours. The energy we produce on the roof goes back to residents in the form of services.</p></blockquote>
<p>That was how Elvira Manzano, mayor of Villanueva del Campo, a town of 7,500 people that has fitted panels on six municipal buildings, summed it up. Her council is one of 23 that have also set up an energy community, which allows surplus electricity to be shared with nearby homes and shops.</p>
<h2>A second phase</h2>
<p>The ministry has announced a second funding round worth €60 million, which will prioritise municipalities with fewer than 5,000 inhabitants and projects that include batteries to store renewable power. Details of requirements and deadlines will be published in the coming weeks on the <a href="https://www.example.org/transicion/tejados-solares">programme website</a>.</p>
<p>The programme has also created local jobs. According to the federation of municipalities, 70% of the contracts went to installers based in the same province, which took on around 900 workers during the construction phase. Many councils have also put screens in the entrance halls of schools and sports centres showing the energy being generated in real time, which teachers use in lessons.</p>
<p>Programme engineers point out that a structural survey of each roof is carried out before installation and that low-visibility panels are used on listed buildings.</p>`,
      imageCaption: "Illustration: solar panels on a municipal rooftop.",
      imageAlt: "Golden sun above rectangular shapes suggesting panels.",
    },
  },
  {
    key: "almendra-river-restoration",
    topics: ["environment"],
    authors: ["sofia"],
    source: {
      name: "Prensa Austral",
      url: "https://prensaaustral.example.com/2026/10/rio-almendra-restauracion",
    },
    image: { motif: "leaf", hue: 118, credit: "Archivo Heraldo" },
    publishedHoursAgo: 380,
    es: {
      title: "La restauración del río Almendra recupera 23 kilómetros de ribera y el regreso de la nutria",
      summary:
        "Tras cuatro años de obras, el proyecto ha eliminado siete azudes en desuso y plantado 48.000 árboles autóctonos. Los censos detectan nutrias y martines pescadores en tramos donde no se veían desde hacía décadas.",
      body: `<p>El proyecto de restauración del río Almendra ha concluido tras cuatro años de trabajos con la recuperación de 23 kilómetros de ribera entre las localidades de Puente Almendra y Ribera Norte. La Confederación Hidrográfica ha presentado hoy los resultados, que incluyen la eliminación de siete azudes en desuso y la plantación de 48.000 árboles y arbustos autóctonos.</p>
<p>La retirada de los azudes, pequeñas presas que en su día abastecían a molinos y regadíos ya abandonados, ha permitido que el río recupere su dinámica natural y que los peces puedan remontar la corriente para desovar. En los tramos restaurados se han registrado ya truchas, barbos y bogas en zonas donde habían desaparecido.</p>
<h2>Vuelve la fauna</h2>
<p>Los censos realizados en primavera confirmaron la presencia de nutrias en cuatro puntos del río, la primera vez que se documenta la especie en este tramo desde los años ochenta. También se han observado martines pescadores, mirlos acuáticos y varias especies de libélulas consideradas indicadoras de una buena calidad del agua.</p>
<blockquote><p>Un río no se restaura solo con máquinas. Lo que hemos hecho es quitar obstáculos y dejar que el propio río haga su trabajo. La naturaleza responde mucho más rápido de lo que esperábamos.</p></blockquote>
<p>Así lo explicó la bióloga Lidia Fernández Arce, responsable técnica del proyecto, que ha contado con un presupuesto de 11,8 millones de euros. Una parte de la inversión se ha destinado a adquirir o compensar a los propietarios de 140 hectáreas de terrenos inundables, que ahora funcionan como zonas de laminación de avenidas.</p>
<h2>Menos riesgo de inundaciones</h2>
<p>Según los modelos hidráulicos de la Confederación, las nuevas llanuras de inundación reducirán en un 30 % el caudal punta que llega a Ribera Norte durante las crecidas. La localidad sufrió graves daños en las riadas de 2019 y 2023.</p>
<p>Los agricultores de la vega, inicialmente recelosos, han participado en el diseño de las actuaciones. La Confederación ha modernizado las tomas de 14 comunidades de regantes para compensar la retirada de los azudes, y los propietarios que han cedido terrenos mantienen el derecho a aprovechar los pastos. «Al principio pensábamos que íbamos a perder tierra; ahora los campos se inundan menos y el agua nos llega mejor», resume Julián Moreno, presidente de una de las comunidades.</p>
<p>El proyecto incluye también un sendero fluvial de 19 kilómetros con paneles informativos. Los detalles técnicos y los informes de seguimiento están disponibles en la <a href="https://www.example.org/agua/rio-almendra">web de la Confederación Hidrográfica</a>.</p>`,
      imageCaption: "Ilustración: hojas verdes sobre la orilla de un río restaurado.",
      imageAlt: "Hojas estilizadas en distintos tonos de verde.",
    },
    en: {
      title: "Almendra river restoration revives 23 kilometres of riverbank as otters return",
      summary:
        "After four years of work, the project has removed seven disused weirs and planted 48,000 native trees. Wildlife surveys have recorded otters and kingfishers on stretches where they had not been seen for decades.",
      body: `<p>The restoration of the Almendra river has been completed after four years of work, bringing 23 kilometres of riverbank between Puente Almendra and Ribera Norte back to life. The river basin authority presented the results today, including the removal of seven disused weirs and the planting of 48,000 native trees and shrubs.</p>
<p>Taking out the weirs, small dams that once fed mills and irrigation channels long since abandoned, has allowed the river to return to its natural flow and fish to swim upstream to spawn. Trout, barbel and nase have already been recorded in restored stretches where they had disappeared.</p>
<h2>Wildlife returns</h2>
<p>Spring surveys confirmed otters at four points along the river, the first time the species has been recorded on this stretch since the 1980s. Kingfishers, dippers and several species of dragonfly regarded as indicators of good water quality have also been seen.</p>
<blockquote><p>You don't restore a river with machinery alone. What we have done is remove the obstacles and let the river do its own work. Nature has responded much faster than we expected.</p></blockquote>
<p>That was the verdict of biologist Lidia Fernández Arce, the project's technical lead. The project had a budget of €11.8 million, part of which went on buying or compensating the owners of 140 hectares of flood-prone land that now serves to hold back floodwaters.</p>
<h2>Lower flood risk</h2>
<p>According to the basin authority's hydraulic models, the new floodplains will cut peak flows reaching Ribera Norte during floods by 30%. The town suffered serious damage in the floods of 2019 and 2023.</p>
<p>Farmers in the valley, initially wary, were involved in designing the works. The basin authority modernised the intakes of 14 irrigation associations to make up for the removal of the weirs, and landowners who gave up land keep the right to graze it. "At first we thought we were going to lose land. Now our fields flood less and the water reaches us better," says Julián Moreno, chair of one of the associations.</p>
<p>The project also includes a 19-kilometre riverside trail with information panels. Technical details and monitoring reports are available on the <a href="https://www.example.org/agua/rio-almendra">river basin authority website</a>.</p>`,
      imageCaption: "Illustration: green leaves on the bank of a restored river.",
      imageAlt: "Stylised leaves in various shades of green.",
    },
  },
  {
    key: "air-quality-annual-report",
    topics: ["environment", "health"],
    authors: ["daniel"],
    source: {
      name: "Instituto Nacional de Estadística Pública",
      url: "https://inep.example.org/medio-ambiente/calidad-aire-2025",
    },
    image: { motif: "skyline", hue: 190, credit: "Heraldo / Ilustración" },
    publishedHoursAgo: 610,
    es: {
      title: "La calidad del aire mejora en 41 de las 48 ciudades vigiladas, según el informe anual",
      summary:
        "Los niveles de dióxido de nitrógeno bajaron un 12 % de media y ninguna gran ciudad superó el límite legal anual. El ozono, en cambio, sigue siendo un problema en verano en las zonas periurbanas y rurales.",
      body: `<p>La calidad del aire mejoró el año pasado en 41 de las 48 ciudades que cuentan con estaciones de la red nacional de vigilancia, según el informe anual publicado por el Instituto Nacional de Estadística Pública (INEP) con datos de 612 estaciones. Por primera vez desde que existen registros, ninguna ciudad de más de 100.000 habitantes superó el valor límite anual de dióxido de nitrógeno.</p>
<p>La concentración media de este contaminante, ligado sobre todo al tráfico rodado, bajó un 12 % respecto al año anterior. El informe atribuye la mejora a la renovación de las flotas de autobuses urbanos, a la ampliación de las zonas de bajas emisiones en 26 ciudades y al aumento del uso de la bicicleta y del transporte público.</p>
<h2>Partículas y ozono</h2>
<p>Las partículas finas se redujeron un 6 %, aunque nueve ciudades siguen por encima de los valores recomendados por los organismos internacionales de salud. En cuanto al ozono, se superó el umbral de información a la población en 71 ocasiones, la mayoría en julio y agosto.</p>
<p>El ozono se ha convertido en el principal reto. A diferencia de otros contaminantes, se forma en la atmósfera por la acción del sol sobre otros gases y alcanza sus niveles más altos lejos de los centros urbanos. Los episodios fueron más frecuentes en el valle del Almendra y en el entorno industrial de Puerto Alba.</p>
<h2>Efectos sobre la salud</h2>
<p>Los técnicos de salud ambiental estiman que la reducción de contaminantes registrada en los últimos cinco años evita unas 1.900 muertes prematuras al año. «Respirar mejor es una de las políticas de salud pública más eficaces que existen, aunque sus resultados no se vean de un día para otro», señaló el subdirector general de Sanidad Ambiental, Ernesto Pardo.</p>
<p>Las ciudades donde la calidad del aire empeoró fueron, en su mayoría, localidades medianas con un crecimiento reciente del tráfico de mercancías o afectadas por incendios forestales durante el verano.</p>
<p>Para los próximos años, el informe recomienda reforzar la vigilancia del ozono en las zonas rurales, donde hoy hay menos estaciones, y coordinar las medidas entre las ciudades y los municipios de su entorno, ya que buena parte de la contaminación se genera a muchos kilómetros de donde se mide. El Ministerio de Transición Ecológica prepara un plan nacional contra el ozono que presentará en primavera.</p>
<p>El informe completo, con los datos de cada estación y mapas interactivos, puede consultarse en la <a href="https://inep.example.org/medio-ambiente/calidad-aire">web del INEP</a>. Los ciudadanos también pueden recibir avisos diarios a través de la aplicación nacional de calidad del aire.</p>`,
      imageCaption: "Ilustración: el perfil de una ciudad bajo un cielo despejado.",
      imageAlt: "Siluetas de edificios sobre un cielo turquesa.",
    },
    en: {
      title: "Air quality improves in 41 of 48 monitored cities, annual report finds",
      summary:
        "Nitrogen dioxide levels fell by 12% on average and no large city exceeded the annual legal limit. Ozone, however, remains a summer problem in suburban and rural areas, the national statistics institute warns.",
      body: `<p>Air quality improved last year in 41 of the 48 cities covered by the national monitoring network, according to the annual report published by the National Institute of Public Statistics (INEP) using data from 612 stations. For the first time since records began, no city with more than 100,000 inhabitants exceeded the annual limit for nitrogen dioxide.</p>
<p>Average concentrations of the pollutant, which comes mainly from road traffic, fell by 12% compared with the previous year. The report credits cleaner urban bus fleets, the expansion of low-emission zones in 26 cities and greater use of bicycles and public transport.</p>
<h2>Particles and ozone</h2>
<p>Fine particles fell by 6%, although nine cities remain above the levels recommended by international health bodies. The public information threshold for ozone was exceeded 71 times, mostly in July and August.</p>
<p>Ozone has become the main challenge. Unlike other pollutants, it forms in the atmosphere when sunlight acts on other gases, and it reaches its highest levels away from city centres. Episodes were most frequent in the Almendra valley and around the industrial area of Puerto Alba.</p>
<h2>Health effects</h2>
<p>Environmental health experts estimate that the fall in pollution over the past five years now prevents around 1,900 premature deaths a year. "Cleaner air is one of the most effective public health policies there is, even if the results don't show from one day to the next," said Ernesto Pardo, deputy director-general for environmental health.</p>
<p>The cities where air quality worsened were mostly medium-sized towns that have seen a recent rise in freight traffic or were affected by summer wildfires.</p>
<p>Looking ahead, the report recommends stepping up ozone monitoring in rural areas, which currently have fewer stations, and coordinating measures between cities and surrounding municipalities, since much of the pollution is generated many kilometres from where it is measured. The Ministry for Ecological Transition is preparing a national ozone plan, to be presented in the spring.</p>
<p>The full report, with data for each station and interactive maps, is available on the <a href="https://inep.example.org/medio-ambiente/calidad-aire">INEP website</a>. Residents can also sign up for daily alerts through the national air quality app.</p>`,
      imageCaption: "Illustration: a city skyline under a clear sky.",
      imageAlt: "Building silhouettes against a turquoise sky.",
    },
  },
];
